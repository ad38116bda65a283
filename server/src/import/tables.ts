// A web page's or a Word file's table as report text: each row one line. A table of recommendations and replies has
// its cells parted by " | ", as a PDF's table is turned to text (pdfTable.ts), so that the reader ends each
// recommendation's words at its cell's edge and reads the cells after it as the reply — cited or not, an empty cell
// no reply ("1. The Department should … | Accepted. The plan …"). Any other table (figures, a page's layout) keeps
// its cells parted by spaces, as before: a row of figures must not read as a recommendation.
import { citationSpans } from '../model/citations';
import { RECOMMENDS } from '../model/patterns';

/** A first cell that holds a row's number alone ("1", " 2 ", "3a", "4.", "5)"; not a year): the row is numbered by it. */
const NUMBER_ALONE = /^\d{1,3}[a-z]?[.)]?$/;
/** A header cell that names the recommendations' column ("Recommendation", "Committee recommendations", "Conclusion"). */
const NAMES_RECOMMENDATIONS = /\b(?:recommendations?|conclusions?)\b/i;
/** A header's cell is short: a cell this long is words, not a column's name. */
const MAX_HEADER_CELL = 60;

/** The lines a table's rows (each a list of its cells' words) become. */
export function tableLines(rows: readonly (readonly string[])[]): string[] {
  const kept = rows.filter((r) => r.some((c) => c));
  const recommendations = isRecommendationTable(kept);
  return kept.map((cells) => rowLine(cells, recommendations ? ' | ' : ' '));
}

/** One row: a number alone in its first cell numbers the row as a list does ("1. The …"); the other cells parted by `between`. */
function rowLine(cells: readonly string[], between: string): string {
  const numbered = cells.length > 1 && NUMBER_ALONE.test(cells[0]);
  const rest = numbered ? cells.slice(1) : cells;
  const number = numbered ? `${cells[0].replace(/[.)]$/, '')}. ` : '';
  // Bars in a cell's own words are escaped, so that they part no cells.
  const words = between === ' ' ? rest.filter((c) => c) : rest.map((c) => c.replace(/\|/g, '\\|'));
  return (number + words.join(between)).trimEnd();
}

/**
 * Whether a table holds recommendations: its first row names their column ("Recommendation | Government response"),
 * or half its rows or more have a cell that recommends ("… should …") or cites the report ("(Paragraph 12)").
 */
function isRecommendationTable(rows: readonly (readonly string[])[]): boolean {
  const multi = rows.filter((r) => r.filter((c) => c).length >= 2);
  if (!multi.length) return false;
  if (multi[0].some((c) => c.length <= MAX_HEADER_CELL && NAMES_RECOMMENDATIONS.test(c))) return true;
  const recommending = multi.filter((r) => r.some((c) => RECOMMENDS.test(c) || citationSpans(c).length > 0)).length;
  return 2 * recommending >= multi.length;
}
