// "The Committee recommended: “The Department should …”", "The Committee recommends that …", "Committee
// recommendation: …": a letter or a short response that quotes each recommendation in a paragraph of its own, with no
// number and no citation, its reply in the paragraphs after it. Such words also stand inside replies ("The Committee
// recommends that we publish the data; we have done so"), so a paragraph is claimed only in a document where no other
// layout found a recommendation, and only when it opens with them. Numbered by its place; its words are what follows
// the colon, or the whole paragraph.
import { recommendationMeaning } from '../recommendationBlock';
import type { BlockRule } from './types';
import { defineRule, oncePerVersion, recommendationOfAnotherRule } from './types';

const NAME = 'committee-recommends';
const OPENS = /^[ \t]*(?:\*\*)?(?:The[ \t]+)?Committee(?:['’]s)?[ \t]+(?:also[ \t]+)?(?:recommend(?:s|ed)?|recommendation(?:[ \t]+\d{1,3})?)(?:\*\*)?(?:[ \t]*:(?:\*\*)?[ \t]*|[ \t]+that\b)/;

/**
 * Whether any paragraph of the version is a recommendation read by another layout. A number alone with no citation
 * ("4. The Government accepts …") does not count: it may be the Government's own paragraph number, which the builder
 * tells later.
 */
const otherRecommendations = oncePerVersion((state) =>
  state.paragraphs.some(
    (p) =>
      recommendationOfAnotherRule(p, NAME) &&
      (!state.startAt(p.lines[0]).owner.props.weakNumber || p.lines.some((l) => state.citationsOn(l).length > 0)),
  ),
);

const rule: BlockRule = defineRule({
  name: NAME,
  describes: 'recommendations quoted after “The Committee recommended:” with no number or citation',
  rank: 1070,
  firstChars: '',
  props: { startsRecommendation: true, labelled: true, readAs: 'recommendation' },
  start: () => undefined,
  claims(state, p) {
    // Most paragraphs are settled by their first letters.
    const first = state.lines[p.lines[0]];
    let at = 0;
    while (first.charCodeAt(at) === 32 || first.charCodeAt(at) === 9 || first.charCodeAt(at) === 42) at++;
    if (!first.startsWith('The', at) && !first.startsWith('Committee', at)) return false;
    return OPENS.test(first) && !otherRecommendations(state);
  },
  read(state, p) {
    const s = state.lines[p.lines[0]];
    const m = OPENS.exec(s)!;
    // After a colon, the words are what follows it; "… recommends that …" is read whole.
    const wordsFrom = m[0].trimEnd().endsWith('that') ? undefined : m[0].length;
    return { ...recommendationMeaning(state, p), wordsFrom };
  },
  examples: [
    'Letter from the Minister for Schools to the Chair of the Education Committee\n\nDear Chair,\n\nThe Committee recommended: “The Department should publish guidance on the use of mobile phones in schools by September.”\n\nWe accept this recommendation. Guidance was published in February.\n\nCommittee recommendation: the Department should collect data on exclusions for the use of phones.\n\nWe do not accept this recommendation. Schools already record exclusions by reason.\n',
  ],
});
export default rule;
