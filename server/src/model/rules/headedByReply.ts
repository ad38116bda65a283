// "**The Government should publish an action plan within six months.**" with no number and no citation, then
// "Government response" and the answer: a response that quotes each recommendation in a paragraph of its own just
// before the heading of its answer. The heading says what the paragraph before it was. Replies can stand so too (a
// reply's last paragraph before the next heading), so a paragraph is claimed only in a document where no other layout
// found a recommendation and two headings or more follow paragraphs so, and never the document's first (its title).
// Numbered by its place. A list's mark may open each ("(i) The Welsh Government should …", "b) …", "- …"): the item
// is the recommendation, the mark its label's, where no item or lead-in of a list stands before it. Or its words open
// a list ("The Government should, within a year:" / "- make …;" / "- consult …"): the lead-in takes its items.
import { UNNUMBERED_LABEL } from '../patterns';
import { labelLineEnd, opensList, recommendationMeaning, recommends, takesItsList } from '../recommendationBlock';
import { startsLowerCase } from '../lines';
import type { LineState } from '../state';
import { BULLET } from './listItem';
import { numeralBeforeWords } from './citedParagraph';
import type { BlockRule } from './types';
import { defineRule, nextIndex, oncePerVersion, whereNoOtherLayoutRecommends } from './types';

const NAME = 'headed-by-reply';

/**
 * Whether the paragraph at `index` may be a recommendation that a reply's heading follows: text, or a list's item that
 * opens a sentence and stands alone (no item, nor a lead-in ending with a colon, just before it): "(i) The Welsh
 * Government should …", not the last point of a list the recommendation's lead-in opens.
 */
function mayBeQuoted(state: LineState, index: number): boolean {
  const p = state.paragraphs[index];
  if (p.kind === 'text') return true;
  if (p.kind !== 'list-item' || index === 0) return false;
  const first = state.lines[p.lines[0]];
  const mark = BULLET.exec(first);
  if (!mark || startsLowerCase(first.slice(mark[0].length))) return false;
  let k = index - 1;
  while (k > 0 && state.paragraphs[k].kind === 'annotation') k--;
  const before = state.paragraphs[k];
  return before.kind !== 'list-item' && !opensList(state, before);
}

/** The most items a recommendation's list has before the heading of its reply. */
const MAX_ITEMS = 20;

/**
 * The index of the paragraph of text whose words, recommending, open the list of items just before the heading at
 * `heading` ("The Government should, within a year:" / "- make …;" / "- consult …"); -1 for none.
 */
function leadInBefore(state: LineState, heading: number): number {
  const ps = state.paragraphs;
  let k = heading - 1;
  while (k > 0 && heading - k <= MAX_ITEMS && ps[k].kind === 'list-item') k--;
  const p = ps[k];
  if (k === heading - 1 || k <= 0 || p.kind !== 'text') return -1;
  return opensList(state, p) && recommends(state, p) ? k : -1;
}

/**
 * Whether the version has two response headings or more with a paragraph of text before each: one alone is the
 * introduction's ("The Government's response … is printed below.", then "Government Response"), not an answer's.
 */
const severalHeadings = oncePerVersion((state) => {
  let found = 0;
  const ps = state.paragraphs;
  for (let i = 1; i < ps.length && found < 2; i++) if (ps[i].kind === 'response-heading' && (mayBeQuoted(state, i - 1) || leadInBefore(state, i) > 0)) found++;
  return found >= 2;
});

const rule: BlockRule = defineRule({
  name: NAME,
  describes: 'recommendations with no number or citation, each just before a “Government response” heading',
  rank: 1080,
  firstChars: '',
  props: { startsRecommendation: true, labelled: true, readAs: 'recommendation', claimsItems: true },
  start: () => undefined,
  claims(state, _p, index) {
    // Most paragraphs are settled by what follows them.
    const ps = state.paragraphs;
    const next = ps[nextIndex(ps, index)];
    if (index === 0 || next === undefined) return false;
    if (next.kind === 'response-heading') return mayBeQuoted(state, index) && severalHeadings(state);
    // Words that open a list, its items, then the heading.
    if (next.kind !== 'list-item' || ps[index].kind !== 'text') return false;
    let j = index + 1;
    while (j < ps.length && j - index <= MAX_ITEMS && ps[j].kind === 'list-item') j++;
    return j < ps.length && ps[j].kind === 'response-heading' && leadInBefore(state, j) === index && severalHeadings(state);
  },
  takes: takesItsList,
  claimsHere: whereNoOtherLayoutRecommends(NAME),
  read(state, p) {
    // A label with no number before the words ("Recommendation: The Department should …"), or alone on the line above
    // them ("Recommendation:" / "The Department should …"): the words start after it.
    const first = state.lines[p.lines[0]];
    const label = UNNUMBERED_LABEL.exec(first) ?? (state.startAt(p.lines[0]).kind === 'list-item' ? BULLET.exec(first) : null);
    const meaning = recommendationMeaning(state, p);
    const from = label ? label[0].length : labelLineEnd(state, p);
    if (from !== undefined) return { ...meaning, wordsFrom: from };
    // A Roman numeral or a letter before the words ("ii. The Welsh Government should …") labels them.
    const numeral = numeralBeforeWords(first);
    return numeral ? { ...meaning, ...numeral } : meaning;
  },
  examples: [
    'Government response to the Women and Equalities Committee\n\n**The Government should publish an action plan on menopause in the workplace within six months.**\n\nGovernment response\n\nThe Government accepts this recommendation. An action plan will be published in the autumn.\n\n**The Government should make menopause a protected characteristic.**\n\nGovernment response\n\nThe Government does not accept this recommendation.\n',
  ],
});
export default rule;
