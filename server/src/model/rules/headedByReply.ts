// "**The Government should publish an action plan within six months.**" with no number and no citation, then
// "Government response" and the answer: a response that quotes each recommendation in a paragraph of its own just
// before the heading of its answer. The heading says what the paragraph before it was. Replies can stand so too (a
// reply's last paragraph before the next heading), so a paragraph is claimed only in a document where no other layout
// found a recommendation and two headings or more follow paragraphs so, and never the document's first (its title).
// Numbered by its place.
import { UNNUMBERED_LABEL } from '../patterns';
import { labelLineEnd, recommendationMeaning } from '../recommendationBlock';
import type { BlockRule } from './types';
import { defineRule, nextIndex, oncePerVersion, whereNoOtherLayoutRecommends } from './types';

const NAME = 'headed-by-reply';

/**
 * Whether the version has two response headings or more with a paragraph of text before each: one alone is the
 * introduction's ("The Government's response … is printed below.", then "Government Response"), not an answer's.
 */
const severalHeadings = oncePerVersion((state) => {
  let found = 0;
  const ps = state.paragraphs;
  for (let i = 1; i < ps.length && found < 2; i++) if (ps[i].kind === 'response-heading' && ps[i - 1].kind === 'text') found++;
  return found >= 2;
});

const rule: BlockRule = defineRule({
  name: NAME,
  describes: 'recommendations with no number or citation, each just before a “Government response” heading',
  rank: 1080,
  firstChars: '',
  props: { startsRecommendation: true, labelled: true, readAs: 'recommendation' },
  start: () => undefined,
  claims(state, _p, index) {
    // Most paragraphs are settled by what follows them.
    const next = state.paragraphs[nextIndex(state.paragraphs, index)];
    return index > 0 && next !== undefined && next.kind === 'response-heading' && severalHeadings(state);
  },
  claimsHere: whereNoOtherLayoutRecommends(NAME),
  read(state, p) {
    // A label with no number before the words ("Recommendation: The Department should …"), or alone on the line above
    // them ("Recommendation:" / "The Department should …"): the words start after it.
    const label = UNNUMBERED_LABEL.exec(state.lines[p.lines[0]]);
    const meaning = recommendationMeaning(state, p);
    const from = label ? label[0].length : labelLineEnd(state, p);
    return from !== undefined ? { ...meaning, wordsFrom: from } : meaning;
  },
  examples: [
    'Government response to the Women and Equalities Committee\n\n**The Government should publish an action plan on menopause in the workplace within six months.**\n\nGovernment response\n\nThe Government accepts this recommendation. An action plan will be published in the autumn.\n\n**The Government should make menopause a protected characteristic.**\n\nGovernment response\n\nThe Government does not accept this recommendation.\n',
  ],
});
export default rule;
