// A web page's or a Word file's table as report text. A form — a label and its words a row ("Recommendation 1" |
// "The Department should …", "Government response" | "Accepted. …") — becomes "Label: words" lines. A table of
// recommendations and replies becomes a Markdown table, one line a row and its cells kept apart ("| 1 | The
// Department should … | Accepted. The plan … |"), so that the reader ends each recommendation's words at its cell and
// reads the cells after it as the reply — cited or not, numbered or not, an empty cell no reply — and a Markdown
// preview shows it as the table it was (a PDF's table with no numbers is written so too: pdfTable.ts). Any other
// table (figures, a page's layout) is one line a row with its cells parted by spaces, as before: a row of figures
// must not read as a recommendation.
import { citationSpans } from '../model/citations';
import { hasWords } from '../model/lines';
import { RECOMMENDS } from '../model/patterns';
import { MAX_HEADER_CELL, namesRecommendations } from '../model/tableColumns';
import { isDecisionOnly } from '../model/verdicts';

/** A first cell that holds a row's number alone ("1", " 2 ", "3a", "4.", "5)"; not a year): the row is numbered by it. */
const NUMBER_ALONE = /^\d{1,3}[a-z]?[.)]?$/;


/** The lines a table's rows (each a list of its cells' words) become. */
export function tableLines(rows: readonly (readonly string[])[]): string[] {
  const kept = rows.filter((r) => r.some((c) => c));
  if (isForm(kept)) return kept.map((r) => r.filter((c) => c).join(': '));
  if (!isRecommendationTable(kept)) return kept.map(spacedRow);
  const width = kept.reduce((most, r) => Math.max(most, r.length), 0);
  const out = kept.map((r) => markdownRow(r, width));
  // A first row that names the columns is the table's header: the line of dashes under it makes it one.
  if (isHeader(kept[0])) out.splice(1, 0, markdownRow(Array.from({ length: width }, () => '---'), width));
  return out;
}

/** A short label in a row's first cell: a few words opening with a capital, no sentence's end ("Government response", "Recommendation 1"). */
const LABEL_CELL = /^\p{Lu}[\p{L}\d'’ -]{0,39}$/u;
const MAX_LABEL_WORDS = 5;

/**
 * A form: each row a label and what it labels — words or a decision — ("Recommendation 1" | "The Department should …",
 * "Government response" | "Accepted. …"), or one cell across the table. Written "Label: words", as a label is written
 * in text, so that the reader reads the label where it had run into the words.
 */
function isForm(rows: readonly (readonly string[])[]): boolean {
  let labelled = 0;
  for (const r of rows) {
    const filled = r.filter((c) => c);
    if (filled.length === 1) continue;
    if (filled.length !== 2 || !isLabel(filled[0]) || !(hasWords(filled[1], 3) || isDecisionOnly(filled[1]))) return false;
    labelled++;
  }
  return labelled > 0;
}

function isLabel(cell: string): boolean {
  return LABEL_CELL.test(cell) && cell.split(' ').length <= MAX_LABEL_WORDS;
}

/** A row of a table of anything else: a number alone in its first cell numbers it as a list does ("1. The …"). */
function spacedRow(cells: readonly string[]): string {
  const numbered = cells.length > 1 && NUMBER_ALONE.test(cells[0]);
  const words = (numbered ? cells.slice(1) : cells).filter((c) => c);
  return ((numbered ? `${cells[0].replace(/[.)]$/, '')}. ` : '') + words.join(' ')).trimEnd();
}

/** A Markdown table's row of `width` cells (a row with fewer has empty ones at its end); bars in a cell's words escaped. */
export function markdownRow(cells: readonly string[], width = cells.length): string {
  const all = Array.from({ length: width }, (_, k) => (cells[k] ?? '').replace(/\|/g, '\\|'));
  return `| ${all.join(' | ')} |`.replace(/ {2,}\|/g, ' |');
}

/** Whether a row names columns: no cell that recommends, cites or is long, and none a number alone. */
function isHeader(cells: readonly string[]): boolean {
  return cells.every((c) => c.length <= MAX_HEADER_CELL && !RECOMMENDS.test(c) && !citationSpans(c).length && !NUMBER_ALONE.test(c));
}

/**
 * Whether a table holds recommendations: its first row names their column ("Recommendation | Government response"),
 * or half its rows or more have a cell that recommends ("… should …") or cites the report ("(Paragraph 12)").
 */
function isRecommendationTable(rows: readonly (readonly string[])[]): boolean {
  const multi = rows.filter((r) => r.filter((c) => c).length >= 2);
  if (!multi.length) return false;
  if (multi[0].some(namesRecommendations)) return true;
  const recommending = multi.filter((r) => r.some((c) => RECOMMENDS.test(c) || citationSpans(c).length > 0)).length;
  return 2 * recommending >= multi.length;
}
