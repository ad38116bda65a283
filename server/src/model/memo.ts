// Memoises per-line scans by the line's text. A keystroke changes one line of thousands; the rest are looked up, not
// rescanned. Results are shared between calls and must not be mutated. The table is dropped when it grows too large.

export function memoByLine<T>(compute: (line: string) => T, limit = 400_000): (line: string) => T {
  let table = new Map<string, T>();
  return (line) => {
    let found = table.get(line);
    if (found === undefined) {
      found = compute(line);
      if (table.size >= limit) table = new Map();
      table.set(line, found);
    }
    return found;
  };
}
