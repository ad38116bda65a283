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

/** Two lines less than this many type sizes apart, one wholly to the other's right, stand side by side in a table's row. */
const SIDE_BY_SIDE = 1;

/** Where a line's last item ends. */
function rightEdge(line: TableLine<TableItem>): number {
  const last = line.items[line.items.length - 1];
  return last.x + last.width;
}

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
    // Or a line beside the one above it, set lower by less than a line: cells set in the middle of their rows, whose
    // lines do not share baselines ("The Ministry should set out a plan" / "Agreed. The Ministry will" half a line
    // lower, to its right).
    const above = lines[k - 1];
    if (above && l.items.length && above.items.length && above.y - l.y < SIDE_BY_SIDE * l.size) {
      const [left, right] = above.items[0].x < l.items[0].x ? [above, l] : [l, above];
      if (right.items[0].x - rightEdge(left) >= MIN_GUTTER) starts.push({ x: right.items[0].x, line: right === l ? k : k - 1 });
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

/** Whether a line's cells (`cellsOf`) hold items on both sides of some column start: it crosses the table's columns. */
function crosses(cells: readonly (readonly TableItem[])[]): boolean {
  return cells.filter((c) => c.length).length > 1;
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
  // Each line's items by column, read once for all that asks.
  const byColumn = lines.map((l) => cellsOf(l, starts));
  let first = -1;
  let last = -1;
  byColumn.forEach((cells, k) => {
    if (!crosses(cells)) return;
    if (first < 0) first = k;
    last = k;
  });
  if (first < 0 || last - first < 1) return lines;
  const spacing = lineSpacing(lines.slice(first, last + 1), byColumn.slice(first, last + 1));
  // A cell's last lines may stand in one column alone, below the last line that crosses ("been capped."), or its
  // first above the first: in the table while they stand as close as its lines do, and where one of its columns starts.
  let left = Infinity;
  for (let k = first; k <= last; k++) left = Math.min(left, lines[k].items[0]?.x ?? Infinity);
  const columns = [left, ...starts];
  const inColumn = (l: L) => l.items.length > 0 && columns.some((x) => Math.abs(l.items[0].x - x) < COLUMN_SLACK);
  while (last + 1 < lines.length && lines[last].y - lines[last + 1].y <= 1.4 * spacing && inColumn(lines[last + 1])) last++;
  while (first > 0 && lines[first - 1].y - lines[first].y <= 1.4 * spacing && inColumn(lines[first - 1])) first--;
  const table = lines.slice(first, last + 1);
  const rows: { first: L; cells: string[][]; left: number; number?: string }[] = [];
  table.forEach((l, k) => {
    const items = byColumn[first + k].slice();
    const row = rows[rows.length - 1];
    // A row's number set in the middle of its row, in a column of its own left of the words: the row's, put first.
    const own = items[0][0];
    if (row && !row.number && own && BARE_NUMBER.test(own.text.trim()) && own.x + own.width < row.left && table[k - 1].y - l.y <= 1.4 * spacing) {
      row.number = own.text.trim();
      items[0] = items[0].slice(1);
    }
    const cells = items.map((c) => (c.length ? cellText(l, c) : ''));
    // (A number opens a row only after a cell that ended its sentence: "45 per cent of …" may start a wrapped line.)
    const previous = row?.cells[0];
    const fresh = k === 0 || table[k - 1].y - l.y > 1.4 * spacing || (ROW_NUMBER.test(cells[0]) && /[.)\]*]$/.test(previous?.[previous.length - 1] ?? '.'));
    if (fresh) rows.push({ first: l, cells: cells.map((c) => (c ? [c] : [])), left: items[0][0]?.x ?? Infinity });
    else {
      cells.forEach((c, i) => c && row.cells[i].push(c));
      if (row.left === Infinity) row.left = items[0][0]?.x ?? Infinity;
    }
  });
  for (const r of rows) if (r.number) r.cells[0].unshift(r.number);
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

/** A number alone, as a table's column of numbers holds it: "3", "3.", "(3)". */
const BARE_NUMBER = /^\(?\d{1,3}[.)]?$/;

/**
 * The distance between the lines of one cell: the shorter distances from each line to the nearest line above it with
 * words in a column it has words in, not to the line straight above it, which in a row whose cells are set in its
 * middle may be another cell's, half a line higher. (`byColumn`: each line's items by column.)
 */
function lineSpacing<I extends TableItem>(table: readonly TableLine<I>[], byColumn: readonly (readonly I[])[][]): number {
  const filled = byColumn.map((cells) => cells.map((c) => c.length > 0));
  const gaps: number[] = [];
  table.forEach((l, k) => {
    for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      if (filled[j].some((f, c) => f && filled[k][c])) {
        gaps.push(table[j].y - l.y);
        break;
      }
    }
  });
  return gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 4)] ?? 0;
}
/** How many lines up the line above in the same column is looked for: a row of a few columns. */
const LOOK_BACK = MAX_COLUMNS;

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
