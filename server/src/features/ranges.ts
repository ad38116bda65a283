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

/** "3–6" for consecutive numbers, "3, 5 and 9" otherwise. */
export function formatNumbers(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  if (numbers.length === 1) return String(numbers[0]);
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  if (consecutive) return `${numbers[0]}–${numbers[numbers.length - 1]}`;
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}
