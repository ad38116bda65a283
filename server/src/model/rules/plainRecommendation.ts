// "The Government should set a target date for full-fibre coverage." / "The Government agrees …": recommendations
// with no number, no citation and no label, each a paragraph of its own with its reply in the paragraphs after it
// (a web page's bold lost in its copy). Words that recommend also stand in replies, so a paragraph is claimed only in
// a document where no other layout found a recommendation (those set apart in bold or quotation marks are read first,
// by their marks) and two such pairs or more stand: words that recommend, then a paragraph that opens as a reply does
// ("The Government agrees", "We will …", "Not accepted."). Numbered by its place.
import { wordCount } from '../lines';
import { COMMITTEE_OPENS } from '../patterns';
import { labelLineEnd, recommendationMeaning, recommends } from '../recommendationBlock';
import type { LineState } from '../state';
import type { Paragraph } from '../types';
import { opensAsReply } from '../verdicts';
import type { BlockRule } from './types';
import { defineRule, nextIndex, oncePerVersion, whereNoOtherLayoutRecommends } from './types';

const NAME = 'plain-recommendation';

/** The most words a recommendation's paragraph has here: a reply's long paragraph that says "should" is none. */
const MAX_WORDS = 80;
/** The fewest words: a heading's title is none. */
const MIN_WORDS = 5;
/** How many pairs of words that recommend and a reply after them make the layout. */
const MIN_PAIRS = 2;

/** A number opening the words with no stop, bare or in square brackets, before a capital: "4 The …", "[4] The …" (group 1 or 2). */
const BARE_NUMBER = /^[ \t]*(?:\*\*)?(?:\[(\d{1,3})\]|(\d{1,3}))(?:\*\*)?[ \t]+(?=[“"‘'A-Z])/;

/** Whether paragraph `p` of text holds words that recommend, and opens neither as a reply nor as the Committee's. */
function recommendsAlone(state: LineState, p: Paragraph): boolean {
  if (p.kind !== 'text') return false;
  const first = state.lines[p.lines[0]];
  if (opensAsReply(first) || COMMITTEE_OPENS.test(first)) return false;
  let words = 0;
  for (const line of p.lines) if ((words += wordCount(state.lines[line], MAX_WORDS)) > MAX_WORDS) return false;
  return words >= MIN_WORDS && recommends(state, p);
}

/** Whether the paragraph at `index` recommends alone and the next one (past annotations) opens as a reply. */
function pairAt(state: LineState, index: number): boolean {
  const next = state.paragraphs[nextIndex(state.paragraphs, index)];
  return next !== undefined && next.kind === 'text' && opensAsReply(state.lines[next.lines[0]]) && recommendsAlone(state, state.paragraphs[index]);
}

/** Whether the document has enough such pairs to be read so. */
const enoughPairs = oncePerVersion((state) => {
  let pairs = 0;
  for (let i = 0; i < state.paragraphs.length && pairs < MIN_PAIRS; i++) if (pairAt(state, i)) pairs++;
  return pairs >= MIN_PAIRS;
});
const noOtherLayout = whereNoOtherLayoutRecommends(NAME);

const rule: BlockRule = defineRule({
  name: NAME,
  describes: 'recommendations with no number or citation, each a paragraph with its reply after it (“The Government should …” / “We agree …”)',
  rank: 1095,
  firstChars: '',
  props: { startsRecommendation: true, labelled: true, readAs: 'recommendation' },
  start: () => undefined,
  claims: (state, _p, index) => pairAt(state, index),
  claimsHere: (state) => noOtherLayout(state) && enoughPairs(state),
  read(state, p) {
    // A label alone on the line above the words ("Recommendation:" / "The Department should …") is not among them.
    const meaning = recommendationMeaning(state, p);
    const from = labelLineEnd(state, p);
    if (from !== undefined) return { ...meaning, wordsFrom: from };
    // Nor is a number that a list's stop or tab lost, or that square brackets hold ("4 The Department …", "[4] The …").
    const bare = BARE_NUMBER.exec(state.lines[p.lines[0]]);
    if (!bare) return meaning;
    const number = bare[1] ?? bare[2];
    return { ...meaning, number: Number(number), label: number, wordsFrom: bare[0].length };
  },
  examples: [
    'Government response to the report on rural broadband\n\nThe Government thanks the Committee for its report.\n\nThe Government should set a target date for full-fibre coverage in rural areas.\n\nThe Government agrees that a clear target is important. We will publish a date in the spring.\n\nThe Department should publish an annual progress report on rural connectivity.\n\nNot accepted. Progress is already reported every quarter.\n',
  ],
});
export default rule;
