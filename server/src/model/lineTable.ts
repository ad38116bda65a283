// Per-line scan results of one version of a document, reused from the previous version for every line an edit left
// alone. Lines are matched by position (the unchanged start and end of the document), which costs one string
// comparison per line instead of hashing every line. Results are relative to their line and must not be mutated.

export interface LineMap {
  /** The previous version's index of new line `i`, or -1 when that line changed. */
  (i: number): number;
  /** How many lines at the start, and at the end, are unchanged. */
  head: number;
  tail: number;
}

class LineTable {
  private readonly stores = new Map<string, unknown[]>();

  constructor(
    readonly lines: readonly string[],
    private previous?: { table: LineTable; map: LineMap },
  ) {}

  get<T>(kind: string, i: number, compute: (line: string) => T): T {
    return this.getIn(this.store<T>(kind), kind, i, compute);
  }

  store<T>(kind: string): (T | undefined)[] {
    let store = this.stores.get(kind) as (T | undefined)[] | undefined;
    if (!store) {
      store = new Array<T | undefined>(this.lines.length).fill(undefined);
      this.stores.set(kind, store);
    }
    return store;
  }

  getIn<T>(store: (T | undefined)[], kind: string, i: number, compute: (line: string) => T): T {
    let value = store[i];
    if (value === undefined) {
      const j = this.previous ? this.previous.map(i) : -1;
      if (j >= 0) value = this.previous!.table.peek<T>(kind, j);
      if (value === undefined) value = compute(this.lines[i]);
      store[i] = value;
    }
    return value;
  }

  peek<T>(kind: string, j: number): T | undefined {
    return (this.stores.get(kind) as (T | undefined)[] | undefined)?.[j];
  }

  /** Drops the link to the version before, so that only two versions are ever kept. */
  forgetPrevious(): void {
    this.previous = undefined;
  }
}

const tables = new WeakMap<readonly string[], LineTable>();

/** Matches the lines of two versions: equal lines at the start and at the end keep their results. */
export function alignLines(previous: readonly string[], lines: readonly string[]): LineMap {
  const max = Math.min(previous.length, lines.length);
  let head = 0;
  while (head < max && previous[head] === lines[head]) head++;
  let tail = 0;
  while (tail < max - head && previous[previous.length - 1 - tail] === lines[lines.length - 1 - tail]) tail++;
  const delta = lines.length - previous.length;
  const firstTail = lines.length - tail;
  const map = (i: number) => (i < head ? i : i >= firstTail ? i - delta : -1);
  return Object.assign(map, { head, tail });
}

/** Starts the table of a new version, reusing the results of `previous` where its lines are unchanged. */
export function startLineTable(lines: readonly string[], previous?: readonly string[], map?: LineMap): void {
  accessors.clear();
  const before = previous ? tables.get(previous) : undefined;
  before?.forgetPrevious();
  tables.set(lines, new LineTable(lines, before && map ? { table: before, map } : undefined));
}

function tableOf(lines: readonly string[]): LineTable {
  let table = tables.get(lines);
  if (!table) {
    table = new LineTable(lines);
    tables.set(lines, table);
  }
  return table;
}

/** The result of `compute` for line `i`, computed once per version (or reused from the previous one). */
export function lineResult<T>(lines: readonly string[], kind: string, i: number, compute: (line: string) => T): T {
  return tableOf(lines).get(kind, i, compute);
}

/**
 * `lineResult` for one kind, as a function of the line number: for a loop over every line, which then looks the
 * table and its store up once instead of once a line.
 */
export function lineResults<T>(lines: readonly string[], kind: string, compute: (line: string) => T): (i: number) => T {
  const last = accessors.get(kind);
  if (last && last.lines === lines) return last.at as (i: number) => T;
  const table = tableOf(lines);
  const store = table.store<T>(kind);
  const at = (i: number) => table.getIn(store, kind, i, compute);
  accessors.set(kind, { lines, at });
  return at;
}

/**
 * The last accessor made for each kind, with the lines it reads: the parser asks for the same kind of the same lines
 * thousands of times, and this saves looking the table and its store up each time. A new table drops them. (They
 * keep the last version parsed alive until the next parse, as the cached model does anyway.)
 */
const accessors = new Map<string, { lines: readonly string[]; at: (i: number) => unknown }>();
