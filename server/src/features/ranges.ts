// Small helpers over model ranges and positions.
import type { Paragraph, Position, Range, Report } from '../model';

export function containsPosition(range: Range, pos: Position): boolean {
  if (pos.line < range.start.line || pos.line > range.end.line) return false;
  if (pos.line === range.start.line && pos.character < range.start.character) return false;
  if (pos.line === range.end.line && pos.character > range.end.character) return false;
  return true;
}

/** The index of the paragraph holding `line`, or -1 when the line is blank or outside every paragraph. */
export function paragraphIndexAt(report: Report, line: number): number {
  const ps = report.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ps[mid].range;
    if (line < r.start.line) hi = mid - 1;
    else if (line > r.end.line) lo = mid + 1;
    else return ps[mid].lines.includes(line) ? mid : -1;
  }
  return -1;
}

export function paragraphAt(report: Report, line: number): Paragraph | undefined {
  const i = paragraphIndexAt(report, line);
  return i < 0 ? undefined : report.paragraphs[i];
}

/** How many numbers a list names before it counts the rest. */
const MAX_LISTED = 12;

/**
 * "3–6" for consecutive numbers, "3, 5 and 9" otherwise; each number once, and past `max` of them, "3, 5, … and
 * 290 more", so that a message stays short however many there are.
 */
export function formatNumbers(numbers: readonly number[], max = MAX_LISTED): string {
  const unique = [...new Set(numbers)];
  if (unique.length === 0) return '';
  if (unique.length === 1) return String(unique[0]);
  const consecutive = unique.every((n, i) => i === 0 || n === unique[i - 1] + 1);
  if (consecutive) return `${unique[0]}–${unique[unique.length - 1]}`;
  if (unique.length > max) return `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
