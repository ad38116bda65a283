// Whole-text searches mapped back to lines. One pass of a pattern over the whole text is far cheaper than one call per
// line: each call on a line pays a fixed cost that, over tens of thousands of lines, outweighs the search itself.

/** The offset in `text` where each line starts (lines split on CRLF, CR or LF). */
export function lineStarts(text: string, lines: readonly string[]): number[] {
  const starts = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i].length;
    at += text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
  }
  return starts;
}

/** Calls `each(line, match)` for every match of the global regular expression `re`, with the match's index made relative to its line. */
export function forEachMatch(text: string, re: RegExp, starts: readonly number[], each: (line: number, m: RegExpExecArray) => void): void {
  let line = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (line + 1 < starts.length && starts[line + 1] <= m.index) line++;
    const at = m.index;
    m.index = at - starts[line];
    each(line, m);
    if (m[0].length === 0) re.lastIndex = at + 1;
  }
}
