// What the model could not read: a file that is not text, and a document in which no recommendation was recognised.
import type { Report } from '../../model';
import { recommendationShapes } from '../layouts';
import type { Finding } from './types';

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function notText(report: Report): Finding[] {
  if (!report.binary) return [];
  return [
    {
      code: 'not-text',
      range: START,
      message:
        'This file is not text (it holds binary data, such as an image, a PDF or a Word file), so it is not read as a report. Open the text of the report instead: copy it into a .txt file.',
    },
  ];
}

/** Never silence: a report with no recognised recommendation says so once, and which shapes were looked for. */
export function noRecommendations(report: Report): Finding[] {
  if (report.binary || report.recommendations.length > 0) return [];
  const line = report.lines.findIndex((l) => l.trim() !== '');
  const at = line < 0 ? 0 : line;
  return [
    {
      code: 'no-recommendations',
      range: { start: { line: at, character: 0 }, end: { line: at, character: report.lines[at]?.length ?? 0 } },
      message: `No recommendations were recognised in this document, so it has no outline of recommendations, links or checks. Looked for: ${recommendationShapes()}.`,
    },
  ];
}
