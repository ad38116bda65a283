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
/** "Paragraph 12", "Paragraphs 12–14", or "no paragraph cited". */
export function paragraphLabel(paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return 'no paragraph cited';
  return `${paragraphs.length > 1 ? 'Paragraphs' : 'Paragraph'} ${formatNumbers(paragraphs)}`;
}

export function formatNumbers(numbers: readonly number[], max = MAX_LISTED): string {
  const unique = [...new Set(numbers)];
  if (unique.length === 0) return '';
  if (unique.length === 1) return String(unique[0]);
  const consecutive = unique.every((n, i) => i === 0 || n === unique[i - 1] + 1);
  if (consecutive) return `${unique[0]}–${unique[unique.length - 1]}`;
  if (unique.length > max) return `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/**
 * A list of numbers read once, then named without each of its members in turn as `formatNumbers` would name the
 * rest ("shared with 2–40" for each of forty recommendations one response answers), each in time independent of
 * the list's length: naming the rest afresh for every member took time in the square of a group's size.
 */
export class NumberList {
  readonly #unique: number[];
  readonly #index = new Map<number, number>();
  /** How many neighbours in the list are not consecutive numbers. */
  readonly #breaks: number;

  constructor(numbers: readonly number[]) {
    this.#unique = [...new Set(numbers)];
    this.#unique.forEach((n, i) => this.#index.set(n, i));
    let breaks = 0;
    for (let i = 1; i < this.#unique.length; i++) if (this.#isBreak(i - 1, i)) breaks++;
    this.#breaks = breaks;
  }

  #isBreak(a: number, b: number): boolean {
    return this.#unique[b] !== this.#unique[a] + 1;
  }

  /** `formatNumbers` of the list without `n`. */
  without(n: number, max = MAX_LISTED): string {
    const u = this.#unique;
    const k = this.#index.get(n);
    if (k === undefined) return formatNumbers(u, max);
    const count = u.length - 1;
    if (count === 0) return '';
    const last = u.length - 1;
    // The others are consecutive when no break is left once n is out (at an end, its one break goes with it; in
    // the middle, its two go and its neighbours meet).
    const left = k > 0 && this.#isBreak(k - 1, k) ? 1 : 0;
    const right = k < last && this.#isBreak(k, k + 1) ? 1 : 0;
    const joined = k > 0 && k < last && this.#isBreak(k - 1, k + 1) ? 1 : 0;
    const first = k === 0 ? u[1] : u[0];
    const final = k === last ? u[last - 1] : u[last];
    if (count === 1) return String(first);
    if (this.#breaks - left - right + joined === 0) return `${first}–${final}`;
    const shown = u.slice(0, Math.min(u.length, max + 1)).filter((x) => x !== n);
    if (count > max) return `${shown.slice(0, max).join(', ')} and ${count - max} more`;
    return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  }
}
