// Where a block of prose ends when no blank line says so (a PDF's or a web page's text): words that end with a
// citation end there when a new sentence starts on the next line, and a short line after a sentence, standing right
// before a recommendation, is that recommendation's heading, not more of the prose; a decision alone on a line after a
// sentence ("Accepted.") starts the reply. The rules of prose blocks (text, numbered replies, list items) share it, and
// the recommendation rules the last two (startsAfterSentence).
import { endsCitation } from './citations';
import { endsSentence, isHeadingLine, isParagraphLine, startsAddress, startsLowerCase } from './lines';
import type { Block } from './rules/types';
import type { LineState } from './state';
import type { ParagraphKind } from './types';
import { isDecisionOnly, opensWithDecision } from './verdicts';

/** True for the kind of a paragraph that opens an item: a recommendation, a conclusion, a report part. */
export const opensItem = (kind: ParagraphKind) => kind === 'recommendation' || kind === 'recommendation-heading' || kind === 'conclusion' || kind === 'report-part';

/** Does the block of prose go on to line `next`? */
export function proseGoesOn(state: LineState, block: Block, next: number): boolean {
  const n = block.lines.length;
  const last = state.lines[block.lines[n - 1]];
  if (startsLowerCase(state.lines[next])) return true;
  if (endsCitation(last, n > 1 ? state.lines[block.lines[n - 2]] : undefined)) return false;
  return !startsAfterSentence(state, block, next);
}

/** The longest line read as a decision alone: "Accepted in principle.", "Not accepted at this time". */
const DECISION_LINE = 40;

/**
 * True when line `next` starts something of its own: "Paragraph 34" alone (it opens the words under it, however the
 * line before ends), or, after the block's last sentence, a short line standing right before a recommendation or a
 * "Paragraph 34" line (its heading), or a decision and nothing more ("Accepted.", "Not accepted": the start of a
 * reply, as in an inquiry's response where each recommendation is followed straight by its decision), or an address
 * (a letter's end: its lines are no reply). A wrapped line is neither: it follows an unfinished sentence, and a decision's word on it starts in lower case.
 */
export function startsAfterSentence(state: LineState, block: Block, next: number): boolean {
  const line = state.lines[next];
  if (isParagraphLine(line)) return true;
  if (!endsSentence(state.lines[block.lines[block.lines.length - 1]])) return false;
  if (startsAddress(state.lines, next, state.spaced)) return true;
  // Under a heading that carries the citation ("Recommendation 1 (paragraph 23)"), the words are the recommendation's,
  // and a reply with no heading or blank line of its own starts where a line opens with its decision ("The Government
  // agrees …").
  if (underCitingHeading(state, block) && opensWithDecision(line)) return true;
  if (isHeadingLine(line) && next + 1 < state.lines.length && (opensItem(state.startAt(next + 1).kind) || isParagraphLine(state.lines[next + 1]))) return true;
  return line.length <= DECISION_LINE && !startsLowerCase(line) && isDecisionOnly(line.trim());
}

/** True when the block's first line is right under a recommendation's heading that cites its paragraph. */
function underCitingHeading(state: LineState, block: Block): boolean {
  const heading = block.lines[0] - 1;
  return heading >= 0 && state.startAt(heading).kind === 'recommendation-heading' && state.citationsOn(heading).length > 0;
}
