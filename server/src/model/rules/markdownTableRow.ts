// "| **Recommendation 1.** The Welsh Government should … | Accept | We will set … | None. |": a Markdown table with one
// recommendation a row. The first cell is the recommendation (numbered as it says, or by its place when it cites a
// paragraph but has no number); the cells after it are the Government's reply, its decision first ("Accept",
// "Accept in principle", "Reject"). The header row and the row of dashes under it are not recommendations; under a
// header that names the recommendations' column, every row whose first cell holds a sentence or has a reply beside it
// is one, whatever its words say (a conclusion's too), claimed as a paragraph of its own (tableColumns.ts).
import { recommendationMeaning, replyFrom, withStatusCell } from '../recommendationBlock';
import { barFrom, cellsOf, committeeColumnsOfBars, edgeOf, firstCellOfBars, isRecommendationRow, paragraphColumnsOfBars, recommendationCell, recommendationColumnsOfBars, responseColumnsOfBars, rowHoldsRecommendation, type Cell } from '../tableColumns';
import type { LineState } from '../state';
import type { Citation } from '../types';
import { isDecisionOnly } from '../verdicts';
import type { BlockRule, RecommendationMeaning } from './types';
import { defineRule, started } from './types';

/**
 * The opening of a row's first cell: "**Recommendation 1.**", "Recommendation 1:", "1.", "**R1**", "(1)"; or a cell
 * of its own that holds the number alone ("| 1 | The Department should … |"), the words then in the next cell.
 */
const MARKER = /[ \t]*\|[ \t]*(?:\*\*)?(?:(?:Recommendation|Rec\.?|R)[ \t]*(\d{1,4})([a-z]?)|\(?(\d{1,4})([a-z]?)(?:[.)]|(?=[ \t]*(?:\*\*)?[ \t]*\|)))[ \t]*[:.–—-]?[ \t]*(?:\*\*)?[ \t]*(\|[ \t]*)?(?=\S)/iy;
/** A number that opens a cell's words: "1. ", "(2) ", "3) ". */
const CELL_NUMBER = /^\(?\d{1,3}[.)][ \t]+(?=\S)/;
/** A row with no bar before its first cell (Markdown allows it): the number alone in that cell, "1 | The Department … |". */
const BARE_NUMBER = /[ \t]*(?:\*\*)?(\d{1,4})([a-z]?)\.?(?:\*\*)?[ \t]*\|[ \t]*(?=\S)/y;
/**
 * A cell that holds the cited paragraph alone, between the number's cell and the words' ("| 1 | 12 | The Department …
 * |", under a "Para" column): "12", "15–17", "15, 16", "Para 12". Read as the recommendation's citation; its words
 * start after it. Three digits at most: a year there ("| 1 | 2024 | …") is a date's column.
 */
const PARAGRAPH_CELL = /[ \t]*(?:Para(?:graph)?s?\.?[ \t]*)?(\d{1,3})(?:[ \t]*([-–,&]|and)[ \t]*(\d{1,3}))?[ \t]*\|[ \t]*(?=\S)/iy;
/** The most paragraphs a range in such a cell stands for ("15–17"): a longer one is not a citation. */
const MAX_RANGE = 20;

/** Where the words start at `at`, past a cell holding the cited paragraph alone; `at` when none stands there. */
function pastParagraphCell(line: string, at: number): number {
  PARAGRAPH_CELL.lastIndex = at;
  const m = PARAGRAPH_CELL.exec(line);
  return m && paragraphsOf(m).length ? PARAGRAPH_CELL.lastIndex : at;
}

function paragraphsOf(m: RegExpExecArray): number[] {
  const a = Number(m[1]);
  if (m[3] === undefined) return [a];
  const b = Number(m[3]);
  if (m[2] === '-' || m[2] === '–') return b > a && b - a < MAX_RANGE ? Array.from({ length: b - a + 1 }, (_, k) => a + k) : [];
  return [a, b];
}

/**
 * True when the cell at `at` (after the number's and the paragraph's cells) holds a decision alone: a summary table's
 * status row ("| 3 | 22 | Accepted |"), not a recommendation's words.
 */
function isStatusCell(line: string, at: number): boolean {
  const end = barFrom(line, at);
  return isDecisionOnly(line.slice(at, end < 0 ? line.length : end));
}



/** The citation a cell holding the paragraph alone makes, just before the words at `words`. */
function paragraphCell(s: string, line: number, words: number): Citation[] {
  const close = s.lastIndexOf('|', words - 1);
  const open = close > 0 ? s.lastIndexOf('|', close - 1) : -1;
  // Only a second cell: the first holds the number.
  if (open < 0 || !/\d[.)]?(?:\*\*)?[ \t]*$/.test(s.slice(0, open))) return [];
  PARAGRAPH_CELL.lastIndex = open + 1;
  const m = PARAGRAPH_CELL.exec(s);
  if (!m || PARAGRAPH_CELL.lastIndex !== words) return [];
  const at = s.indexOf(m[1], open);
  const range = { start: { line, character: at }, end: { line, character: s.slice(0, close).trimEnd().length } };
  return paragraphsOf(m).map((paragraph) => ({ paragraph, range }));
}

/** The citation the number in a row's first cell makes, under a "Paragraph" column. */
function numberCell(s: string, line: number, paragraph: number): Citation[] {
  const at = s.indexOf(String(paragraph));
  return at < 0 ? [] : [{ paragraph, range: { start: { line, character: at }, end: { line, character: at + String(paragraph).length } } }];
}

/**
 * The cell of row `line` in the column its table's header names the recommendations', where that column starts after
 * `from` and the cell holds words ("| Report | Recommendation | … |"); undefined where it does not.
 */
function namedCellAfter(state: LineState, line: number, from: number): Cell | undefined {
  const column = cellUnder(recommendationColumnsOfBars(state), state, line);
  return column !== undefined && column.start > from && column.end > column.start ? column : undefined;
}

/** Whether row `line`'s cell under a header naming the Government's response, at `from` or after, is empty. */
function emptyResponseCell(state: LineState, line: number, from: number): boolean {
  const cell = cellUnder(responseColumnsOfBars(state), state, line);
  return cell !== undefined && cell.start >= from && cell.end === cell.start;
}

/** Row `line`'s cell in the column that `columns` (a header's named column for each row) gives it; undefined where none. */
function cellUnder(columns: ReadonlyMap<number, number>, state: LineState, line: number): Cell | undefined {
  const named = columns.get(line);
  return named === undefined ? undefined : cellsOf(state.lines[line], '|')[named];
}

const rule: BlockRule = defineRule({
  name: 'markdown-table-row',
  describes: 'Markdown tables, one recommendation a row (“| Recommendation 1. … | Accept | … |”)',
  rank: 660,
  firstChars: '| \t*0123456789',
  // A row is one line, its reply placed on it: an edit there reads the document afresh (not stable under a keystroke).
  props: { startsRecommendation: true, labelled: true, singleLine: true, readAs: 'recommendation' },
  start(line, at) {
    if (at !== 0) return undefined;
    const open = line.indexOf('|');
    if (open < 0) return undefined;
    // With no bar before it, the row's words are in its second cell, and a third cell follows them.
    if (line.charCodeAt(line.search(/\S/)) !== 124 /* | */) {
      BARE_NUMBER.lastIndex = 0;
      const b = BARE_NUMBER.exec(line);
      const wordsEnd = b ? barFrom(line, b[0].length) : -1;
      if (!b || wordsEnd < 0 || isDecisionOnly(line.slice(b[0].length, wordsEnd))) return undefined;
      const words = pastParagraphCell(line, b[0].length);
      if (words !== b[0].length && isStatusCell(line, words)) return undefined;
      return started('recommendation', rule, words, { number: Number(b[1]), label: b[1] + b[2], strong: true });
    }
    MARKER.lastIndex = 0;
    const m = MARKER.exec(line);
    if (m) {
      const end = barFrom(line, m[0].length);
      if (end < 0) return undefined;
      // A number in a cell of its own before a decision alone is a summary table's status row, not a recommendation.
      if (m[5] !== undefined && isDecisionOnly(line.slice(m[0].length, end))) return undefined;
      const number = m[1] ?? m[3];
      const words = m[5] === undefined ? m[0].length : pastParagraphCell(line, m[0].length);
      if (words !== m[0].length && isStatusCell(line, words)) return undefined;
      return started('recommendation', rule, words, { number: Number(number), label: number + (m[2] ?? m[4] ?? ''), strong: true });
    }
    // No number: a first cell that cites the Committee's report, or whose words recommend ("| The Scottish Government
    // should … | We agree … |"), is a recommendation all the same, numbered by its place; past an empty number's cell.
    const cell = firstCellOfBars(line);
    return cell && recommendationCell(line.slice(cell.start, cell.end)) ? started('recommendation', rule, cell.start, { strong: true }) : undefined;
  },
  // Under a header that names the recommendations' column, a row is a recommendation whatever its words say: a
  // conclusion ("| The Committee is concerned that … | We share … |") too.
  claims(state, p) {
    const line = p.lines[0];
    if (p.lines.length !== 1 || !isRecommendationRow(state, line)) return false;
    const s = state.lines[line];
    const first = edgeOf(s) === '|' ? firstCellOfBars(s) : undefined;
    // (The column the header names the recommendations', where it comes after others: "| Report | Recommendation | …".)
    const cell = first && (namedCellAfter(state, line, first.start) ?? first);
    return cell !== undefined && rowHoldsRecommendation(s.slice(cell.start, cell.end), s.slice(cell.end));
  },
  claimsHere: (state) => state.tableRows.size > 0,
  read(state, p): RecommendationMeaning {
    const line = p.lines[0];
    const s = state.lines[line];
    const claimed = state.startAt(line).rule !== rule.name;
    let wordsFrom = claimed ? firstCellOfBars(s)!.start : state.startAt(line).prefix;
    // Under a header that names the recommendations' column after others ("| Report | Recommendation | … |"), the words
    // are that column's, not the first cell's.
    const column = namedCellAfter(state, line, wordsFrom);
    const moved = column !== undefined;
    // (Past a number that opens the cell, "1. The Department …": such numbers restart in each report's rows, and the
    // rows are numbered by their place.)
    if (moved) wordsFrom = column.start + (CELL_NUMBER.exec(s.slice(column.start, column.end))?.[0].length ?? 0);
    const end = barFrom(s, wordsFrom);
    const from = end + 1;
    // The reply runs to the row's end, or to the Committee's own column after it ("| … | Not accepted. | We regret
    // this. |").
    const theirs = cellUnder(committeeColumnsOfBars(state), state, line);
    const rowEnd = theirs !== undefined && theirs.start > from ? s.lastIndexOf('|', theirs.start) : s.length;
    const last = s.slice(0, rowEnd).trimEnd().replace(/\|$/, '').trimEnd().length;
    const meaning = recommendationMeaning(state, p);
    // Under a "Paragraph" column, the number is the paragraph it comes from: a citation, the row numbered by its place.
    const start = state.startAt(line);
    const cited = start.number !== undefined && paragraphColumnsOfBars(state).get(line) === 1 ? numberCell(s, line, start.number) : undefined;
    return {
      ...meaning,
      ...(cited ? { byPlace: true } : {}),
      ...(claimed || moved ? { wordsFrom } : {}),
      citations: [...(cited ?? []), ...paragraphCell(s, line, wordsFrom), ...meaning.citations.filter((c) => c.range.start.character < end && (!moved || c.range.start.character >= wordsFrom))],
      wordsEnd: { line, character: s.slice(0, end).trimEnd().length },
      // Empty cells ("|  |  |") are no reply: the recommendation is unanswered. (A row that ends with its words' cell,
      // "| … (Paragraph 12) |", may be one a wrap cut: its reply may be on the line after it.)
      // So is an empty cell under a header that names the Government's response, whatever a committee's own column
      // after it says ("| … | | Not answered in the response. |").
      ...(emptyResponseCell(state, line, from)
        ? { reply: undefined, ownRow: true as const }
        : /[\p{L}\d]/u.test(s.slice(from, last))
          ? { reply: withStatusCell(replyFrom(state, p, { line, character: from + (s.slice(from).length - s.slice(from).trimStart().length) }, rule.name, { line, character: Math.max(from, last) }), s, cellsOf(s, '|').filter((c) => c.end <= last)), ownRow: true as const }
          : barFrom(s, from) >= 0 ? { ownRow: true as const } : {}),
    };
  },
  examples: [
    '# Progress report\n\n|Report|Recommendation|Target date|Status|Update|\n|---|---|---|---|---|\n| Child maintenance | 1. The Department should set out how it will reduce the arrears owed to parents. | December 2025 | Implemented | The strategy was published in October 2025. |\n| Prison estate | 1. The Ministry should publish a plan for the prison estate. (Paragraph 14) | Summer 2026 | Not accepted | |\n',
    '| Recommendation | Response | Explanation | Financial implications |\n| --- | --- | --- | --- |\n| **Recommendation 1.** The Welsh Government should set a national target for reducing persistent absence from school, with milestones for each year to 2030. | Accept | We will set a national ambition and publish annual milestones in the autumn. | None. |\n| **Recommendation 2.** The Welsh Government should publish attendance data for each school on the My Local School website every term. | Accept in principle | Attendance for every secondary school is already published, and we will extend it to primary schools. | None. |\n',
    'Scottish Government response to the report\n\n| Paragraph | Committee recommendation | Scottish Government response |\n| --- | --- | --- |\n| 45 | The Committee recommends that the Scottish Government publishes a workforce plan for social care. | The Scottish Government accepts this recommendation. |\n| 52 | The Committee asks the Scottish Government to set out how it will monitor waiting times. | We will report to the Committee every six months. |\n| 60 | The Committee calls for an increase in funding for unpaid carers. | |\n',
    '| Rec no. | Recommendation | Government response | Progress |\n|---|---|---|---|\n| 1 | Ofwat should publish spending every year. (Paragraph 24) | Accepted. | Done. |\n| 2 | The Agency should inspect more. (Paragraph 31) | | Not answered. |\n',
    '# Scottish Government response\n\n| Recommendation | Response |\n| --- | --- |\n| The Committee is concerned that patients in rural areas wait longer for appointments. | The Scottish Government shares this concern. |\n| Rural access | |\n| The Scottish Government should publish waiting times. | We agree. We will publish them from April. |\n| Digital consultations have improved access for many patients. | |\n',
  ],
});
export default rule;
