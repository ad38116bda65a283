// The two dates a response's timeliness is measured by: when the Committee's report was published and when the
// Government's response was received, as the report's front matter gives them.
import type { Range, Report } from '../model';
import { previousVersion } from '../model';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/g;
export const DAY_MS = 86_400_000;

export interface FoundDate {
  time: number;
  text: string;
  range: Range;
  /** A month without its day ("March 2026", as a command paper's title page dates it): `time` is its first day. */
  monthOnly?: boolean;
}

/** A sentence about the Government's reply ("Government Reply: Fifteenth Special Report (HC 929) Published: …"). */
const ABOUT_THE_REPLY = /\bGovernment(?:'s|’s)?\s+(?:Reply|Response)\b|\bSpecial Report\b/i;
/** The House's printing of a special report ("Published on 15 January 2026 by authority of the House of Commons"). */
const PRINTING = /\bby authority of the House\b/i;

/** A web page's own date line ("Published 21 March 2024", as gov.uk prints it): the response's date, not the report's. */
const PAGE_DATE = /^\s*(?:First\s+)?published(?::|\s+on)?\s+(\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\s+\d{4})\s*$/iu;
/** A command paper's or a devolved government's title page: "Presented to Parliament … by Command of His Majesty". */
const PRESENTED = /\b(?:Presented to Parliament|Laid before (?:Parliament|the Scottish Parliament|the Senedd|the National Assembly|the Northern Ireland Assembly))\b/i;
const MONTH_YEAR = /^\s*(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\s*$/;

/**
 * The first sentence before the recommendations that says `verb` and gives a date: that date. A sentence is read
 * with the line after it, so that one a line break cuts ("received on 3" / "March 2025") is read whole.
 */
function dateNear(report: Report, verb: RegExp, accept: (onLine: string) => boolean = () => true): FoundDate | undefined {
  const end = report.recommendations[0]?.range.start.line ?? report.lineCount;
  const furniture = new Set(report.furniture);
  for (let line = 0; line < end; line++) {
    if (furniture.has(line) || PAGE_DATE.test(report.lines[line])) continue;
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
      // What the date belongs to: the sentence as far as this line goes when the date is on it (two title lines with
      // no full stop between them are two entries), else the whole sentence.
      const onLine = s.length - (sentence.index ?? 0);
      if (!accept(m.index + m[0].length <= onLine ? sentence[0].slice(0, onLine) : sentence[0])) continue;
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

/** The date on `line`: a full date anywhere on it, or a month and year standing alone (`monthOnly`). */
function dateOnLine(report: Report, line: number): FoundDate | undefined {
  const s = report.lines[line];
  DATE.lastIndex = 0;
  const m = DATE.exec(s);
  if (m) {
    const time = Date.UTC(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()), Number(m[1]));
    return { time, text: m[0].replace(/\s+/g, ' '), range: { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } } };
  }
  const my = MONTH_YEAR.exec(s);
  if (!my) return undefined;
  const at = s.indexOf(my[1]);
  const text = `${my[1]} ${my[2]}`;
  return { time: Date.UTC(Number(my[2]), MONTHS.indexOf(my[1].toLowerCase()), 1), text, monthOnly: true, range: { start: { line, character: at }, end: { line, character: s.trimEnd().length } } };
}

/**
 * The response's own date where its front matter prints it rather than saying it: a web page's "Published 21 March
 * 2024" line, or the date under a title page's "Presented to Parliament … by Command of His Majesty" (often the month
 * alone). Only the first few lines after the latter are looked at.
 */
function printedDate(report: Report): FoundDate | undefined {
  const end = Math.min(frontEnd(report), 400);
  for (let line = 0; line < end; line++) {
    const page = PAGE_DATE.exec(report.lines[line]);
    if (page) return dateOnLine(report, line);
    if (!PRESENTED.test(report.lines[line])) continue;
    for (let next = line; next < Math.min(end, line + 6); next++) {
      const found = dateOnLine(report, next);
      if (found) return found;
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
  else {
    // The report's publication: not the reply's, nor the House's printing of the paper that carries it.
    const published = dateNear(report, /\bpublished\b/i, (s) => !ABOUT_THE_REPLY.test(s) && !PRINTING.test(s));
    const received =
      dateNear(report, /\b(?:received|responded|response was)\b/i) ??
      dateNear(report, /\bpublished\b/i, (s) => ABOUT_THE_REPLY.test(s) && !PRINTING.test(s)) ??
      printedDate(report);
    dates = { ...(published ? { published } : {}), ...(received ? { received } : {}) };
  }
  datesOf.set(report, dates);
  return dates;
}
