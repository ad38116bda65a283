// "On recommendation 1, we agree that funding should be confirmed …", "Turning to recommendations 3 and 4: we will
// consider …": a letter that answers the recommendations by their numbers without giving their words. Each such
// paragraph is the reply to the recommendations it names, which are read as recommendations with no words of their
// own, so that what the letter answers can be seen, briefed and tracked. The same words stand in replies that follow
// recommendations ("On recommendation 3, see above"), so a paragraph is claimed only in a document where no other layout
// found a recommendation.
import { afterIndent } from '../lines';
import { expandNumberList, REPLY_NAMES as NAMES } from '../patterns';
import { recommendationMeaning, replyFrom } from '../recommendationBlock';
import type { BlockRule, RecommendationMeaning } from './types';
import { defineRule, whereNoOtherLayoutRecommends } from './types';

const NAME = 'named-in-reply';

const rule: BlockRule = defineRule({
  name: NAME,
  describes: 'replies that name the recommendations they answer by number (“On recommendation 1, we agree …”), with no recommendation’s words',
  rank: 1075,
  firstChars: '',
  props: { startsRecommendation: true, labelled: true, readAs: 'recommendation' },
  start: () => undefined,
  claims(state, p) {
    // Most paragraphs are settled by their first character: the words start "O", "I", "T", "A", "W", "R" or "**".
    const first = state.lines[p.lines[0]];
    const c = first.charCodeAt(afterIndent(first));
    if (c !== 79 && c !== 73 && c !== 84 && c !== 65 && c !== 87 && c !== 82 && c !== 42) return false;
    return NAMES.test(first);
  },
  claimsHere: whereNoOtherLayoutRecommends(NAME),
  read(state, p): RecommendationMeaning {
    const line = p.lines[0];
    const m = NAMES.exec(state.lines[line])!;
    const numbers = expandNumberList(m[1]);
    const at = { line, character: m[0].length };
    const meaning = recommendationMeaning(state, p, numbers);
    return { ...meaning, ...(numbers.length === 1 ? { number: numbers[0] } : {}), wordsFrom: at.character, wordsEnd: at, reply: replyFrom(state, p, at, 'named-in-reply') };
  },
  examples: [
    'Dear Chair,\n\nThank you for your Committee’s report on bus services.\n\nOn recommendation 1, we agree that funding should be confirmed for three years, and will confirm it in the spring.\n\nOn recommendation 2, we will consider the proposals as part of the bus strategy.\n\nYours sincerely,\n\nSimon Lightwood MP\n',
  ],
});
export default rule;
