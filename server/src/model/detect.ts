// Whether a text is a Government Response: decided by the reader itself, so that the tracker, the Recommendations
// view, auto-detection and the command line can never disagree with the outline. A report is a text in which the
// reader finds recommendations: three or more, or two with a response, or one that cites the Committee's report, or is
// answered under a heading of its own.
import { parse } from './parser';
import type { Report } from './types';

/** Detection reads at most this many characters: enough for dozens of recommendations, cheap on huge files. */
export const DETECTION_LIMIT = 2_000_000;

/** True when the model is of a Government Response. */
export function isReport(report: Report): boolean {
  const recs = report.recommendations;
  if (recs.length >= 3) return true;
  if (recs.length === 0 || report.responses.length === 0) return false;
  if (recs.length === 2) return true;
  return recs[0].responses.some((i) => recs[0].paragraphs.length > 0 || report.responses[i].headingRange !== undefined);
}

/** True when the text, or its first DETECTION_LIMIT characters for a huge one, is a Government Response. */
export function looksLikeReport(text: string): boolean {
  if (text.length <= DETECTION_LIMIT) return isReport(parse(text));
  const cut = text.lastIndexOf('\n', DETECTION_LIMIT);
  return isReport(parse(text.slice(0, cut > 0 ? cut : DETECTION_LIMIT)));
}
