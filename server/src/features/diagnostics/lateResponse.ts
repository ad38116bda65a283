// The response's timeliness: the days between the report's publication and the Government's response, against the usual norm.
import type { Range, Report } from '../../model';
import type { Finding } from './types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/g;
const DAY_MS = 86_400_000;

interface FoundDate {
  time: number;
  text: string;
  range: Range;
}

/** The first sentence before the recommendations that says `verb` and gives a date: that date. */
function dateNear(report: Report, verb: RegExp): FoundDate | undefined {
  const end = report.recommendations[0]?.range.start.line ?? report.lineCount;
  for (let line = 0; line < end; line++) {
    const s = report.lines[line];
    for (const sentence of s.matchAll(/[^.!?]+[.!?]?/g)) {
      if (!verb.test(sentence[0])) continue;
      DATE.lastIndex = 0;
      const m = DATE.exec(sentence[0]);
      if (!m) continue;
      const month = MONTHS.indexOf(m[2].toLowerCase());
      const time = Date.UTC(Number(m[3]), month, Number(m[1]));
      const start = (sentence.index ?? 0) + m.index;
      return { time, text: m[0], range: { start: { line, character: start }, end: { line, character: start + m[0].length } } };
    }
  }
  return undefined;
}

function addMonths(time: number, months: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}

const MONTH_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

export function lateResponse(report: Report, normMonths: number): Finding[] {
  const published = dateNear(report, /\bpublished\b/i);
  const received = dateNear(report, /\b(?:received|responded|response was)\b/i);
  if (!published || !received || received.time <= published.time) return [];
  if (received.time <= addMonths(published.time, normMonths)) return [];
  const days = Math.round((received.time - published.time) / DAY_MS);
  const norm = `${MONTH_WORDS[normMonths] ?? normMonths} month${normMonths === 1 ? '' : 's'}`;
  return [
    {
      code: 'late-response',
      range: received.range,
      message: `The Government's response arrived ${days} days after the report was published (${published.text} to ${received.text}), later than the usual ${norm}.`,
      related: [{ range: published.range, message: `The report was published on ${published.text}` }],
    },
  ];
}
