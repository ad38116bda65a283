// The columns of a table laid out as text, one row a line, its cells parted by bars (Markdown's "| … | … |") or by tabs
// (a table copied out of a web page or a Word file saved as text): where each cell stands, which column the header
// row names the Committee report's paragraph, and which rows stand under a header that names the recommendations'
// column (each of them a recommendation, whatever its words say).
import { citationSpans } from './citations';
import { endsSentence, hasWords } from './lines';
import { RECOMMENDS } from './patterns';
import { decisionAt, isDecisionOnly } from './verdicts';
import { oncePerVersion } from './rules/types';
import type { LineState } from './state';

/** Where the first cell's edge stands from `from` on: a "|" that is not escaped ("\|" is a bar in a cell's words); -1 when none. */
export function barFrom(line: string, from: number): number {
  let at = line.indexOf('|', from);
  while (at > 0 && line.charCodeAt(at - 1) === 92 /* \ */) at = line.indexOf('|', at + 1);
  return at;
}

/** How many words a recommendation's cell holds at least: fewer is a header's or a status row's cell. */
const MIN_WORDS = 3;

/** Whether a cell holds a recommendation's words: three words at least, and not a decision alone (a status summary's). */
export function holdsWords(cell: string): boolean {
  return hasWords(cell, MIN_WORDS) && !isDecisionOnly(cell);
}

/**
 * The first cell's edge from `from` on: a tab, or a "|" that is not escaped ("\|" is a bar in a cell's words); -1
 * when none.
 */
export function cellEdge(line: string, from: number): number {
  const at = barFrom(line, from);
  const tab = line.indexOf('\t', from);
  return tab >= 0 && (at < 0 || tab < at) ? tab : at;
}

/**
 * Whether a row's first cell, with no number before it, holds a recommendation's words: it cites the Committee's
 * report, or recommends ("should", "recommends" …) in three words or more.
 */
export function recommendationCell(cell: string): boolean {
  return citationSpans(cell).length > 0 || (RECOMMENDS.test(cell) && hasWords(cell, MIN_WORDS));
}

/**
 * Where the words of a Markdown row's first cell start ("| The Committee is concerned … | We agree … |"), past an empty
 * cell before it (an empty number's), and where that cell ends; undefined for a line with no such cell.
 */
export function firstCellOfBars(line: string): Cell | undefined {
  let from = barFrom(line, 0) + 1;
  if (from <= 0) return undefined;
  let end = barFrom(line, from);
  if (end >= 0 && !line.slice(from, end).trim()) end = barFrom(line, (from = end + 1));
  if (end < 0) return undefined;
  const words = line.slice(from, end);
  return { start: from + (words.length - words.trimStart().length), end: from + words.trimEnd().length };
}

/**
 * Whether a row of a table whose header names the recommendations' column holds a recommendation's words in its first
 * cell, `cell`, whatever they say: words enough, not a decision alone (a summary's status cell), and a sentence, or a
 * reply in the cells after it (`rest`) — a theme's row across the table ("| Funding and staff | |") is neither.
 */
export function rowHoldsRecommendation(cell: string, rest: string): boolean {
  return holdsWords(cell) && (endsSentence(cell.replace(/[*_]+\s*$/, '')) || /[\p{L}\d]/u.test(rest));
}

/** A cell's place on its line: its words, from the first character to the last that is not a space or a tab. */
export interface Cell {
  start: number;
  end: number;
}

/** The cells of a row, parted by `edge`, each its words without the spaces about them (the row's indent is no cell). */
export function cellsOf(line: string, edge: string): Cell[] {
  const cells: Cell[] = [];
  for (let from = line.length - line.trimStart().length; from <= line.length; ) {
    const at = line.indexOf(edge, from);
    const words = line.slice(from, at < 0 ? line.length : at);
    const start = from + words.length - words.trimStart().length;
    cells.push({ start, end: start + words.trim().length });
    from = at < 0 ? line.length + 1 : at + 1;
  }
  return cells;
}

/**
 * The decision a reply's cell holds alone, where the reply's first cell opens with none: a status column after the
 * reply's words ("| … | A plan will follow. | Accepted |"). Its words and where they start; undefined when no cell does.
 */
export function decisionCell(line: string, cells: readonly Cell[]): { text: string; start: number } | undefined {
  for (const c of cells) {
    if (c.end > c.start && isDecisionOnly(line.slice(c.start, c.end))) return decisionAt(line, c.start);
  }
  return undefined;
}

/** The cells of a row parted by the edge (a tab or a bar) that stands at `edgeAt`. */
export function cellsByEdge(line: string, edgeAt: number): Cell[] {
  return cellsOf(line, line.charCodeAt(edgeAt) === 9 ? '\t' : '|');
}

/** A header's cell naming the Committee report's paragraph: "Paragraph", "Para", "Para no.", "Report paragraph". */
const PARAGRAPH_HEADER = /^(?:\*\*)?(?:Report[ ]+)?Para(?:graph)?s?\.?(?:[ ]+(?:no\.?|number|ref(?:erence)?))?(?:\*\*)?$/i;
/** How many lines of text may stand between a table's rows (a cell's words a wrap carried on) before the table has ended. */
const WRAPPED_LINES = 2;

/**
 * For each row of a table whose header row has a cell that `names` ("Paragraph" in "| Paragraph | Recommendation |
 * Response |", "No.<tab>Recommendation<tab>Para<tab>Response"), that column's place among the row's cells parted by
 * `edge`: each table (a run of lines with the edge, a few lines of text or blank lines between them at most) looked at
 * once, from its first line, its header.
 */
function columnsBy(edge: string, names: (cell: string) => boolean) {
  return oncePerVersion((state) => {
    const rows = new Map<number, number>();
    let column = -1;
    let since = Infinity;
    for (let i = 0; i < state.lines.length; i++) {
      const s = state.lines[i];
      const t = s.trim();
      const row = edge === '|' ? t.charCodeAt(0) === 124 : t.indexOf(edge) > 0;
      if (row && since > WRAPPED_LINES) column = cellsOf(s, edge).findIndex((c) => names(s.slice(c.start, c.end)));
      else if (row && column >= 0) rows.set(i, column);
      if (row) since = 0;
      else if (t) since++;
    }
    return rows;
  });
}

const namesParagraph = (cell: string): boolean => PARAGRAPH_HEADER.test(cell);
export const paragraphColumnsOfBars = columnsBy('|', namesParagraph);
export const paragraphColumnsOfTabs = columnsBy('\t', namesParagraph);

/** A header's cell that names the recommendations' column ("Recommendation", "Committee recommendations", "Conclusion"). */
const NAMES_RECOMMENDATIONS = /\b(?:recommendations?|conclusions?)\b/i;
/** A header's cell is short: a cell this long is words, not a column's name. */
export const MAX_HEADER_CELL = 60;

/** Whether a table's cell, in its first row, names the recommendations' column (a text's table, a web page's, a PDF's). */
export function namesRecommendations(cell: string): boolean {
  return cell.length <= MAX_HEADER_CELL && NAMES_RECOMMENDATIONS.test(cell);
}

/**
 * For each row of a Markdown table, the place of the column its header names the recommendations' ("| Report |
 * Recommendation | Target date | Status | Update |", a committee's tracker of several reports: not the first).
 */
export const recommendationColumnsOfBars = columnsBy('|', namesRecommendations);

/** A header's cell that names the Government's reply's column: "Government response", "Response (July 2025)", "Reply". */
const NAMES_RESPONSE = /\b(?:response|reply)\b/i;

/**
 * For each row of a Markdown table, the place of the column its header names the Government's response ("| Rec no. |
 * Recommendation | Government response | Progress |", a committee's tracker): an empty cell there is no reply, whatever
 * the committee's own columns after it say.
 */
export const responseColumnsOfBars = columnsBy('|', namesResponse);

function namesResponse(cell: string): boolean {
  return cell.length <= MAX_HEADER_CELL && NAMES_RESPONSE.test(cell) && !NAMES_RECOMMENDATIONS.test(cell);
}

/** A header's cell that names the Committee's own column: "Committee comment", "Committee's assessment", "Committee view". */
const NAMES_COMMITTEE = /\bCommittee\b/i;

/**
 * For each row of a Markdown table, the place of the column its header names the Committee's own ("| No. |
 * Recommendation | Government response | Committee comment |", a committee's progress table): its words are no part of
 * the Government's reply. (Not the recommendations' column, "Committee recommendation".)
 */
export const committeeColumnsOfBars = columnsBy('|', (cell) => cell.length <= MAX_HEADER_CELL && NAMES_COMMITTEE.test(cell) && !NAMES_RECOMMENDATIONS.test(cell) && !NAMES_RESPONSE.test(cell));

/** A Markdown table's line of dashes under its header: "| --- | :---: |". */
const DASHES = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;

/** Whether a line may be a table's row: it opens with a bar (Markdown's), or a tab parts its cells. */
export function mayBeRow(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 124 /* | */ || s.indexOf('\t') >= 0 || ((c === 32 || c === 9) && s.trimStart().charCodeAt(0) === 124);
}

/** What parts a row's cells: a bar when it opens with one, else tabs. */
export const edgeOf = (s: string): '|' | '\t' => (s.trimStart().charCodeAt(0) === 124 ? '|' : '\t');

/** A row's width, to compare with its header's: its bars (not escaped), or its cells that tabs part. */
function cellCount(s: string, edge: '|' | '\t'): number {
  if (edge === '\t') return s.split('\t').length;
  let n = 0;
  for (let at = barFrom(s, 0); at >= 0; at = barFrom(s, at + 1)) n++;
  return n;
}

/** Whether a row names its table's columns: a cell names the recommendations' column, and none is long. */
function isRecommendationHeader(s: string, edge: '|' | '\t'): boolean {
  const cells = cellsOf(s, edge).map((c) => s.slice(c.start, c.end));
  return cells.some(namesRecommendations) && cells.every((c) => c.length <= MAX_HEADER_CELL);
}

/**
 * What a line says of the tables of recommendations around it (for the keystroke path): whether it may be a row, its
 * cells, and whether it is a header naming the recommendations' column or a line of dashes.
 */
export function rowSignature(s: string): string {
  if (!mayBeRow(s)) return '';
  const kind = edgeOf(s);
  return `${kind}${cellCount(s, kind)}${isRecommendationHeader(s, kind)}${DASHES.test(s)}${s.charCodeAt(0) === 9}`;
}

const NO_ROWS: ReadonlySet<number> = new Set();

/**
 * The rows of the tables whose header row names the recommendations' column ("| Committee recommendation | Government
 * response |", "Recommendation⇥Response"): each row under it is a recommendation and its reply, whatever its words say
 * — a conclusion ("The Committee is concerned that …") as much as a recommendation. A row has as many cells as its
 * header (a line a wrap cut has fewer, and belongs to the row above it); the line of dashes under a Markdown header, and
 * the header given again (a page's), are no rows. The table ends at a row of another shape, or after a few lines of
 * text (blank lines between rows do not end it). A text with no bar and no tab (most) has none, told without reading
 * its lines. Read once per version (LineState.tableRows).
 */
export function recommendationRows(text: string, lines: readonly string[]): ReadonlySet<number> {
  if (text.indexOf('|') < 0 && text.indexOf('\t') < 0) return NO_ROWS;
  const found = new Set<number>();
  let edge: '|' | '\t' | undefined;
  let width = 0;
  let since = 0;
  for (let i = 0; i < lines.length; i++) {
    const s = lines[i];
    if (!mayBeRow(s)) {
      if (s.trim() && ++since > WRAPPED_LINES) edge = undefined;
      continue;
    }
    since = 0;
    const kind = edgeOf(s);
    if (isRecommendationHeader(s, kind)) {
      edge = kind;
      width = cellCount(s, kind);
    } else if (edge === kind && cellCount(s, kind) === width) {
      // (A tab's row opens with its first cell's words: a line a tab indents is not one.)
      if (kind === '\t' ? s.charCodeAt(0) !== 9 : !DASHES.test(s)) found.add(i);
    } else if (!(edge === '|' && DASHES.test(s))) edge = undefined;
  }
  return found;
}

/** The words of a row whose first cell alone holds any (a theme's row across the table: "| Rural access | |"); else undefined. */
export function themeOfRow(s: string): string | undefined {
  const edge = edgeOf(s);
  // (Between a Markdown row's outer bars.)
  const inner = edge === '|' ? s.trim().replace(/^\|/, '').replace(/\|$/, '') : s;
  const [first, ...rest] = cellsOf(inner, edge);
  if (!first || first.end <= first.start || rest.some((c) => c.end > c.start)) return undefined;
  return inner.slice(first.start, first.end);
}

/** Whether line `i` is a row of a table whose header names the recommendations' column. */
export function isRecommendationRow(state: Pick<LineState, 'tableRows'>, i: number): boolean {
  const rows = state.tableRows;
  return rows.size > 0 && rows.has(i);
}
