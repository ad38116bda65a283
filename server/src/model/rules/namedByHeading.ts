// "Response to recommendation 1", "Government response to recommendations 3 and 4" over each reply, in a response that
// gives no recommendation's words at all: each such heading stands for the recommendations it names, read as
// recommendations with no words of their own, and the words under it are their reply — so that what the response
// answers can be seen, briefed and tracked. Where any other layout found a recommendation the heading is a reply's, as
// it reads on its own; so a heading is claimed only in a document where none did.
import { recommendationMeaning } from '../recommendationBlock';
import type { BlockRule, RecommendationMeaning } from './types';
import { defineRule, whereNoOtherLayoutRecommends } from './types';

const NAME = 'named-by-heading';

const rule: BlockRule = defineRule({
  name: NAME,
  describes: 'replies under headings that name the recommendations they answer (“Response to recommendation 1”), with no recommendation’s words',
  rank: 1072,
  firstChars: '',
  props: { startsRecommendation: true, labelled: true, readAs: 'recommendation', claimsHeadings: true },
  start: () => undefined,
  claims(state, p) {
    return p.kind === 'response-heading' && (state.startAt(p.lines[0]).numbers?.length ?? 0) > 0;
  },
  claimsHere: whereNoOtherLayoutRecommends(NAME),
  read(state, p): RecommendationMeaning {
    const line = p.lines[0];
    const numbers = state.startAt(line).numbers!;
    const end = { line, character: state.lines[line].length };
    const meaning = recommendationMeaning(state, p, numbers);
    return { ...meaning, number: numbers[0], wordsFrom: end.character, wordsEnd: end };
  },
  examples: [
    'Government response to the Environmental Audit Committee’s report on water quality\n\nResponse to recommendation 1\n\nThe Government agrees that discharges must fall, and will set legally binding targets.\n\nResponse to recommendation 2\n\nThe Government does not accept this recommendation. Ofwat already has the powers it needs.\n',
  ],
});
export default rule;
