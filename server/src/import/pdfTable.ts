// Tables in a PDF: a committee's progress table or a Government's table of recommendations and replies sets each
// recommendation in a cell on the left and its reply in a cell beside it, each wrapped over several lines. Read line by
// line, the two cells' lines interleave ("1. The Department should publish Accepted. The plan was published …"). Here a
// page's table is found from its column gaps, and each row becomes one line, its cells in order and parted by " | ",
// as the reader reads a table turned to text ("1. The Department should … (Paragraph 30) | Accepted. The plan …"); a
// table whose rows have no numbers, under a header that names the recommendations' column, as a Markdown table's rows.
import { namesRecommendations } from '../model/tableColumns';
import { markdownRow } from './tables';

export interface TableItem {
  text: string;
  x: number;
  width: number;
}

export interface TableLine<I extends TableItem> {
  y: number;
  size: number;
  items: I[];
}

/** A gap between two items of a line this wide (in type sizes, and at least MIN_GUTTER points) parts two cells. */
const GUTTER_SIZES = 2.5;
const MIN_GUTTER = 12;
/** Cells of one column start within this many points of each other. */
const COLUMN_SLACK = 6;
/** A column is one when this many lines of the page have a cell starting there. */
const MIN_COLUMN_LINES = 3;
/** The most columns a table of recommendations has: number, recommendation, reply, status, date, owner … */
const MAX_COLUMNS = 8;
/** A table is one when this many of its rows open with a number ("1.", "(2)", "Recommendation 3"). */
const MIN_NUMBERED_ROWS = 2;
/** A row's first cell opening with its number. */
const ROW_NUMBER = /^(?:\*\*)?(?:(?:Recommendation|Rec\.?|R)\s*)?\(?\d{1,3}(?:\.\d{1,2})?[.):]?(?:\*\*)?(?:\s|$)/i;

/**
 * Where the page's columns start (the left edge of each column after the first), from the gaps inside its lines: a
 * position is a column's start when MIN_COLUMN_LINES lines or more have a cell starting there.
 */
function columnStarts<I extends TableItem>(lines: readonly TableLine<I>[]): number[] {
  const starts: { x: number; line: number }[] = [];
  lines.forEach((l, k) => {
    for (let i = 1; i < l.items.length; i++) {
      const before = l.items[i - 1];
      if (l.items[i].x - (before.x + before.width) > Math.max(GUTTER_SIZES * l.size, MIN_GUTTER)) starts.push({ x: l.items[i].x, line: k });
    }
  });
  starts.sort((a, b) => a.x - b.x);
  const out: number[] = [];
  for (let i = 0; i < starts.length; ) {
    let j = i + 1;
    while (j < starts.length && starts[j].x - starts[j - 1].x < COLUMN_SLACK) j++;
    if (new Set(starts.slice(i, j).map((s) => s.line)).size >= MIN_COLUMN_LINES) out.push(starts[i].x - 1);
    i = j;
  }
  return out;
}

/** The line's items in each column (`starts` the columns' left edges after the first). */
function cellsOf<L extends TableLine<TableItem>>(line: L, starts: readonly number[]): L['items'][] {
  const cells: L['items'][] = starts.map(() => []);
  cells.push([]);
  for (const item of line.items) {
    let c = 0;
    while (c < starts.length && item.x >= starts[c]) c++;
    cells[c].push(item);
  }
  return cells;
}

/** Whether a line has items on both sides of some column start (it crosses the table's columns). */
function crosses<I extends TableItem>(line: TableLine<I>, starts: readonly number[]): boolean {
  return cellsOf(line, starts).filter((c) => c.length).length > 1;
}

/**
 * The page's lines (top to bottom) with its table's rows each made one line by `row` from its cells' lines, or the
 * lines as they are where the page has no table. The table runs from the first line that crosses its columns to the
 * last; a row starts after a gap wider than its lines' spacing, or where its first cell opens with a number.
 */
export function withTableRows<L extends TableLine<TableItem>>(lines: L[], cellText: (line: L, items: L['items']) => string, row: (first: L, text: string) => L): L[] {
  const starts = columnStarts(lines);
  // (A page of many columns — a grid of figures — is no table of recommendations, and each line's cells would cost
  // as many steps as it has columns.)
  if (!starts.length || starts.length >= MAX_COLUMNS) return lines;
  let first = -1;
  let last = -1;
  lines.forEach((l, k) => {
    if (!crosses(l, starts)) return;
    if (first < 0) first = k;
    last = k;
  });
  if (first < 0 || last - first < 1) return lines;
  const gaps: number[] = [];
  for (let k = first + 1; k <= last; k++) gaps.push(lines[k - 1].y - lines[k].y);
  const spacing = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 4)] ?? 0;
  // A cell's last lines may stand in one column alone, below the last line that crosses ("been capped."), or its
  // first above the first: in the table while they stand as close as its lines do, and where one of its columns starts.
  let left = Infinity;
  for (let k = first; k <= last; k++) left = Math.min(left, lines[k].items[0]?.x ?? Infinity);
  const columns = [left, ...starts];
  const inColumn = (l: L) => l.items.length > 0 && columns.some((x) => Math.abs(l.items[0].x - x) < COLUMN_SLACK);
  while (last + 1 < lines.length && lines[last].y - lines[last + 1].y <= 1.4 * spacing && inColumn(lines[last + 1])) last++;
  while (first > 0 && lines[first - 1].y - lines[first].y <= 1.4 * spacing && inColumn(lines[first - 1])) first--;
  const table = lines.slice(first, last + 1);
  const rows: { first: L; cells: string[][] }[] = [];
  table.forEach((l, k) => {
    const cells = cellsOf(l, starts).map((items) => (items.length ? cellText(l, items) : ''));
    // (A number opens a row only after a cell that ended its sentence: "45 per cent of …" may start a wrapped line.)
    const previous = rows[rows.length - 1]?.cells[0];
    const fresh = k === 0 || table[k - 1].y - l.y > 1.4 * spacing || (ROW_NUMBER.test(cells[0]) && /[.)\]*]$/.test(previous?.[previous.length - 1] ?? '.'));
    if (fresh) rows.push({ first: l, cells: cells.map((c) => (c ? [c] : [])) });
    else cells.forEach((c, i) => c && rows[rows.length - 1].cells[i].push(c));
  });
  const numbered = rows.filter((r) => ROW_NUMBER.test(r.cells[0][0] ?? '')).length >= MIN_NUMBERED_ROWS;
  // A table whose rows have no numbers is one when its first row names the recommendations' column ("Committee
  // recommendation | Scottish Government response"): its rows are a Markdown table's, which the reader numbers by place.
  const named = !numbered && rows.length > MIN_NUMBERED_ROWS && rows[0].cells.some((c) => namesRecommendations(joinCell(c)));
  if (!numbered && !named) return lines;
  const made = rows.map((r) => {
    const cells = r.cells.map(joinCell);
    return row(r.first, named ? markdownRow(cells) : cells.join(' | '));
  });
  return [...lines.slice(0, first), ...made, ...lines.slice(last + 1)];
}

/** A cell's lines as one text: a word a line break hyphenated joined again. */
function joinCell(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line;
    else if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(line)) out = out.slice(0, -1) + line;
    else out += ` ${line}`;
  }
  return out;
}
