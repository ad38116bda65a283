// The response's timeliness: the days between the report's publication and the Government's response, against the usual norm.
import type { Report } from '../../model';
import { addMonths, DAY_MS, responseDates } from '../dates';
import type { Finding } from './types';

const MONTH_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

export function lateResponse(report: Report, normMonths: number): Finding[] {
  const { published, received } = responseDates(report);
  if (!published || !received || received.time <= published.time) return [];
  if (received.time <= addMonths(published.time, normMonths)) return [];
  const days = Math.round((received.time - published.time) / DAY_MS);
  const norm = `${MONTH_WORDS[normMonths] ?? normMonths} month${normMonths === 1 ? '' : 's'}`;
  return [
    {
      code: 'late-response',
      range: received.range,
      // A month without its day ("March 2026") is counted from its first day: at least that many days.
      message: `The Government's response arrived ${received.monthOnly ? 'at least ' : ''}${days} days after the report was published (${published.text} to ${received.text}), later than the usual ${norm}.`,
      related: [{ range: published.range, message: `The report was published on ${published.text}` }],
    },
  ];
}
