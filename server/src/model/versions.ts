// Which version of a document each model was read from: its line state, where its recommendations start, and — while
// it is the newest — the version it was edited from, so that features can reuse their results for unchanged lines.
import type { LineMap, LineState } from './state';
import type { Report } from './types';

interface Version {
  state: LineState;
  /** The paragraph index where the recommendations part starts, as the parse found it. */
  start: number;
  /** The model this one was made from by an edit, and how their lines match; kept while this is the newest. */
  previous?: { report: Report; map: LineMap };
}

const versions = new WeakMap<Report, Version>();

/** Records what a model was read from. Only two versions are linked at a time, so that older models can be collected. */
export function recordVersion(report: Report, state: LineState, start: number, previous?: { report: Report; map: LineMap }): Report {
  if (previous) {
    const before = versions.get(previous.report);
    if (before) before.previous = undefined;
  }
  versions.set(report, { state, start, previous });
  return report;
}

/** The line state a model was read from. */
export function stateOf(report: Report): LineState | undefined {
  return versions.get(report)?.state;
}

/** The paragraph index where the recommendations part starts, as the parse found it (its first recommendation, or the report part holding it). */
export function recommendationsStart(report: Report): number {
  return versions.get(report)?.start ?? report.recommendations[0]?.paragraphIndex ?? report.paragraphs.length;
}

/** The offset in report.text where each line starts. */
export function reportLineStarts(report: Report): readonly number[] {
  const state = versions.get(report)?.state;
  if (state) return state.lineStarts;
  const starts = new Array<number>(report.lines.length);
  let at = 0;
  for (let i = 0; i < report.lines.length; i++) {
    starts[i] = at;
    at += report.lines[i].length;
    at += report.text.charCodeAt(at) === 13 && report.text.charCodeAt(at + 1) === 10 ? 2 : 1;
  }
  return starts;
}

/** The version a model was parsed from, and how its lines match, while it is the newest; for features' own reuse. */
export function previousVersion(report: Report): { report: Report; map: LineMap } | undefined {
  return versions.get(report)?.previous;
}

/**
 * The lines an edit changed, when it kept the number of lines and changed at most `max` of them, with the version it
 * was made from: for features that patch their own results instead of recomputing them.
 */
export function editedLines(report: Report, max = 3): { previous: Report; lines: number[] } | undefined {
  const before = previousVersion(report);
  if (!before || before.report.lineCount !== report.lineCount) return undefined;
  // Lines that became page furniture, or stopped being it, change how lines the edit did not touch are read.
  if (before.report.furniture.join() !== report.furniture.join()) return undefined;
  const lines: number[] = [];
  for (let i = 0; i < report.lineCount; i++) {
    if (before.map(i) === i) continue;
    lines.push(i);
    if (lines.length > max) return undefined;
  }
  return { previous: before.report, lines };
}

/**
 * `items` (in line order) with those on the `changed` lines (ascending) replaced by `scan(line)`: a feature's result for
 * the previous version brought up to date after an edit that kept the line count, as `editedLines` gives it. The items
 * replaced are added to `replaced` when it is given.
 */
export function withLinesReplaced<T extends { line: number }>(
  items: readonly T[],
  changed: readonly number[],
  scan: (line: number) => T[],
  replaced?: T[],
): T[] {
  const out: T[] = [];
  let next = 0;
  for (const line of changed) {
    while (next < items.length && items[next].line < line) out.push(items[next++]);
    for (; next < items.length && items[next].line === line; next++) replaced?.push(items[next]);
    for (const item of scan(line)) out.push(item);
  }
  while (next < items.length) out.push(items[next++]);
  return out;
}
