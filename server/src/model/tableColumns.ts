// The columns of a table laid out as text, one row a line, its cells parted by bars (Markdown's "| … | … |") or by tabs
// (a table copied out of a web page or a Word file saved as text): where each cell stands, and which column the header
// row names the Committee report's paragraph.
import { citationSpans } from './citations';
import { hasWords } from './lines';
import { RECOMMENDS } from './patterns';
import { oncePerVersion } from './rules/types';

/** Where the first cell's edge stands from `from` on: a "|" that is not escaped ("\|" is a bar in a cell's words); -1 when none. */
export function barFrom(line: string, from: number): number {
  let at = line.indexOf('|', from);
  while (at > 0 && line.charCodeAt(at - 1) === 92 /* \ */) at = line.indexOf('|', at + 1);
  return at;
}

/** How many words a recommendation's cell with no number holds at least, where no citation says what it is. */
const MIN_WORDS = 3;

/**
 * Whether a row's first cell, with no number before it, holds a recommendation's words: it cites the Committee's
 * report, or recommends ("should", "recommends" …) in three words or more.
 */
export function recommendationCell(cell: string): boolean {
  return citationSpans(cell).length > 0 || (RECOMMENDS.test(cell) && hasWords(cell, MIN_WORDS));
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

/** A header's cell naming the Committee report's paragraph: "Paragraph", "Para", "Para no.", "Report paragraph". */
const PARAGRAPH_HEADER = /^(?:\*\*)?(?:Report[ ]+)?Para(?:graph)?s?\.?(?:[ ]+(?:no\.?|number|ref(?:erence)?))?(?:\*\*)?$/i;
/** How many lines of text may stand between a table's rows (a cell's words a wrap carried on) before the table has ended. */
const WRAPPED_LINES = 2;

/**
 * For each row of a table whose header row names the paragraph's column ("| Paragraph | Recommendation | Response |",
 * "No.<tab>Recommendation<tab>Para<tab>Response"), that column's place among the row's cells parted by `edge`: each
 * table (a run of lines with the edge, a few lines of text or blank lines between them at most) looked at once, from
 * its first line, its header.
 */
function paragraphColumnsBy(edge: string) {
  return oncePerVersion((state) => {
    const rows = new Map<number, number>();
    let column = -1;
    let since = Infinity;
    for (let i = 0; i < state.lines.length; i++) {
      const s = state.lines[i];
      const t = s.trim();
      const row = edge === '|' ? t.charCodeAt(0) === 124 : t.indexOf(edge) > 0;
      if (row && since > WRAPPED_LINES) column = cellsOf(s, edge).findIndex((c) => PARAGRAPH_HEADER.test(s.slice(c.start, c.end)));
      else if (row && column >= 0) rows.set(i, column);
      if (row) since = 0;
      else if (t) since++;
    }
    return rows;
  });
}

export const paragraphColumnsOfBars = paragraphColumnsBy('|');
export const paragraphColumnsOfTabs = paragraphColumnsBy('\t');
