// What every recommendation's block shares, whichever rule starts it: it ends at the line that ends with its
// citation, it cites paragraphs, and a progress table's row may carry the Government's reply after the citation.
import { CITATION_ONLY, endsCitation, findCitations, leavesCitationOpen } from './citations';
import { startsAfterSentence } from './prose';
import type { Block, RecommendationMeaning } from './rules/types';
import type { LineState } from './state';
import type { Paragraph, Range } from './types';
import { rowStatus } from './verdicts';

/**
 * True while the block has not reached the line that ends its citation, nor a heading over the next recommendation: a
 * recommendation's `goesOn` (a numbered paragraph of the Government's, read as one until the builder knows, too).
 */
export function beforeItsCitation(state: LineState, block: Block, next: number): boolean {
  const n = block.lines.length;
  const last = state.lines[block.lines[n - 1]];
  if (endsCitation(last, n > 1 ? state.lines[block.lines[n - 2]] : undefined)) return false;
  // "… (para." is no sentence's end: the citation goes on, on the next line (asked only where a sentence seemed to end).
  return !startsAfterSentence(state, block, next) || leavesCitationOpen(last);
}

/**
 * A recommendation whose words end by opening a list ("… so that:") takes the list's items after it, and the citation
 * that may stand alone after them: "i) every prison …; ii) …; (Paragraph 42)" are its words, not a reply.
 */
export function takesItsList(state: LineState, mine: Paragraph, next: Paragraph): boolean {
  if (next.kind !== 'list-item' && next.kind !== 'text') return false;
  const lastLine = mine.lines[mine.lines.length - 1];
  const inList = state.startAt(lastLine).kind === 'list-item';
  if (next.kind === 'list-item') return inList || endsWithColon(state.lines[lastLine]);
  return inList && next.kind === 'text' && next.lines.length === 1 && CITATION_ONLY.test(state.lines[next.lines[0]]);
}

/**
 * What a recommendation's paragraph means: its numbers (several where a heading names several over one text), the
 * paragraphs it cites, and the status a progress table's row gives after its citation ("… (Para 41) Under consideration").
 */
export function recommendationMeaning(state: LineState, p: Paragraph, several?: readonly number[]): RecommendationMeaning {
  const line = p.lines[p.lines.length - 1];
  const status = rowStatus(state.lines[line]);
  const range: Range | undefined = status && { start: { line, character: status.start }, end: { line, character: status.start + status.text.length } };
  return {
    role: 'recommendation',
    several: several && several.length > 1 ? several : NONE,
    citations: findCitations(state, p.lines),
    reply: status && range ? { range, decision: { text: status.text, range }, layout: 'row-status' } : undefined,
  };
}

const NONE: readonly number[] = Object.freeze([]);

/** True when the line's last character other than a space is a colon: it opens a list. */
function endsWithColon(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && line.charCodeAt(i) <= 32) i--;
  return line.charCodeAt(i) === 58;
}
