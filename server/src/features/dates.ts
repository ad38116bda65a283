// The two dates a response's timeliness is measured by: when the Committee's report was published and when the
// Government's response was received, as the report's front matter gives them.
import type { Range, Report } from '../model';
import { previousVersion } from '../model';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/g;
export const DAY_MS = 86_400_000;

export interface FoundDate {
  time: number;
  text: string;
  range: Range;
}

/**
 * The first sentence before the recommendations that says `verb` and gives a date: that date. A sentence is read
 * with the line after it, so that one a line break cuts ("received on 3" / "March 2025") is read whole.
 */
function dateNear(report: Report, verb: RegExp): FoundDate | undefined {
  const end = report.recommendations[0]?.range.start.line ?? report.lineCount;
  const furniture = new Set(report.furniture);
  for (let line = 0; line < end; line++) {
    if (furniture.has(line)) continue;
    const s = report.lines[line];
    // The line the sentence runs on to: the next one, past a running header or page number.
    let after = line + 1;
    while (furniture.has(after)) after++;
    const next = after < end ? report.lines[after] : '';
    const joined = next.trim() ? `${s} ${next.trimStart()}` : s;
    // Most lines never say the verb: one test of the two lines settles them without splitting into sentences.
    if (!verb.test(joined)) continue;
    const shift = next.length - next.trimStart().length;
    for (const sentence of joined.matchAll(/[^.!?]+[.!?]?/g)) {
      if ((sentence.index ?? 0) >= s.length) break;
      if (!verb.test(sentence[0])) continue;
      DATE.lastIndex = 0;
      const m = DATE.exec(sentence[0]);
      if (!m) continue;
      const month = MONTHS.indexOf(m[2].toLowerCase());
      const time = Date.UTC(Number(m[3]), month, Number(m[1]));
      const at = (sentence.index ?? 0) + m.index;
      // Where character k of `joined` stands: on this line, or past the space on the line it runs on to.
      const place = (k: number) => (k <= s.length ? { line, character: k } : { line: after, character: k - s.length - 1 + shift });
      return { time, text: m[0].replace(/\s+/g, ' '), range: { start: place(at), end: place(at + m[0].length) } };
    }
  }
  return undefined;
}

export function addMonths(time: number, months: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}

type ResponseDates = { published?: FoundDate; received?: FoundDate };

const datesOf = new WeakMap<Report, ResponseDates>();

/** The line the front matter ends at: the first recommendation's. */
const frontEnd = (report: Report) => report.recommendations[0]?.range.start.line ?? report.lineCount;

/** The page furniture among the front matter's lines and the one after them, which `dateNear` reads. */
const frontFurniture = (report: Report, end: number) => report.furniture.filter((line) => line <= end).join();

/**
 * The report's publication and the response's receipt, where the front matter says them. Read once per version, and
 * taken from the version before when an edit left the front matter alone: after a keystroke in a response, the front
 * matter is not read again.
 */
export function responseDates(report: Report): ResponseDates {
  let dates = datesOf.get(report);
  if (dates) return dates;
  const before = previousVersion(report);
  const end = frontEnd(report);
  const old = before && datesOf.get(before.report);
  if (old && before.map.head > end && frontEnd(before.report) === end && frontFurniture(before.report, end) === frontFurniture(report, end)) dates = old;
  else dates = { published: dateNear(report, /\bpublished\b/i), received: dateNear(report, /\b(?:received|responded|response was)\b/i) };
  datesOf.set(report, dates);
  return dates;
}
