// "Paragraph 34" alone on the first line of a block, the recommendation's words on the lines under it, and the reply
// after them (a Scottish Government form): the line names the paragraph of the Committee's report the words come from.
// Such a line can equally head a response ("Paragraph 34" over the Government's words after the recommendation that
// cites paragraph 34), so the block is claimed as a whole, by what it says and what stands before it: its words are not
// a decision, and no recommendation before it cites that paragraph (then the line points back to it). Numbered by its
// place, as a recommendation without a number is.
import { PARAGRAPH_LINE } from '../lines';
import { expandNumberList } from '../patterns';
import { recommendationMeaning } from '../recommendationBlock';
import { opensWithDecision } from '../verdicts';
import type { LineState } from '../state';
import type { BlockRule } from './types';
import { defineRule, firstCitingRecommendation } from './types';

const NAME = 'paragraph-line';
/** The same words as PARAGRAPH_LINE, of either case: a block is opened by one with a capital, and claimed with either. */
const BARE = new RegExp(PARAGRAPH_LINE.source, 'i');
/** "Paragraphs 12, 13 and 14" is about as long as such a line gets. */
const MAX_LENGTH = 40;

/** For each paragraph of the Committee's report that recommendations of other layouts cite, the first that cites it. */
const citedBy = firstCitingRecommendation(NAME);

/** The first line of the paragraph after `index` when it is plain text, not another such label: the label's words. */
function wordsAfter(state: LineState, index: number): string | undefined {
  const next = state.paragraphs[index + 1];
  if (next === undefined || next.kind !== 'text') return undefined;
  const line = state.lines[next.lines[0]];
  return BARE.test(line) ? undefined : line;
}

const rule: BlockRule = defineRule({
  name: NAME,
  describes: 'recommendations under “Paragraph 34” on a line of its own',
  rank: 1060,
  firstChars: '',
  props: { startsRecommendation: true, labelled: true, readAs: 'recommendation' },
  start: () => undefined,
  claims(state, p, index) {
    // Most paragraphs are settled by their first line's length or its first letter.
    const first = state.lines[p.lines[0]];
    if (first.length > MAX_LENGTH) return false;
    const m = BARE.exec(first);
    if (!m) return false;
    // The words on the next line, or in the next paragraph when a blank line sets the label apart.
    const words = p.lines.length > 1 ? state.lines[p.lines[1]] : wordsAfter(state, index);
    if (words === undefined || opensWithDecision(words)) return false;
    const cited = citedBy(state);
    return expandNumberList(m[1]).every((n) => (cited.get(n) ?? Infinity) > index);
  },
  // The label alone takes in the paragraph of words after it.
  takes: (_state, mine, next, first) => first && mine.lines.length === 1 && next.kind === 'text',
  read(state, p) {
    const line = p.lines[0];
    const s = state.lines[line];
    const m = BARE.exec(s)!;
    const from = s.length - s.trimStart().length;
    const range = { start: { line, character: from }, end: { line, character: s.trimEnd().length } };
    const meaning = recommendationMeaning(state, p);
    // The words start on the line under the label.
    return { ...meaning, citations: [...expandNumberList(m[1]).map((paragraph) => ({ paragraph, range })), ...meaning.citations], wordsFrom: s.length };
  },
  examples: [
    'Scottish Government response to the Committee’s report on ferries\n\nParagraph 34\nThe Committee recommends that the Scottish Government publishes a long-term plan for replacing its vessels.\n\nResponse\nThe Scottish Government accepts this recommendation and will publish the plan next year.\n\nParagraph 41\nThe Committee asks the Scottish Government to set out how island communities will be consulted on timetables.\n\nResponse\nTransport Scotland will consult island communities before each change to the timetable.\n',
  ],
});
export default rule;
