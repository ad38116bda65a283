// The "Go to Response" and "Go to Recommendation" commands: where to go from the cursor, or why there is nowhere to go.
import { recLabel, type Position, type Range, type Report } from '../model';
import { containsPosition } from './ranges';
import { anchorAt, recommendationAt, responseLocationRange } from './navIndex';

export type GoToResult = { range: Range } | { message: string };

export function goToResponse(report: Report, pos: Position): GoToResult {
  const i = recommendationAt(report, pos);
  if (i === undefined) return { message: 'Put the cursor on a recommendation to go to its response.' };
  const rec = report.recommendations[i];
  if (!rec.responses.length) {
    return { message: `Recommendation ${recLabel(rec)} has no government response in this report.` };
  }
  return { range: responseLocationRange(report, rec.responses[0]) };
}

export function goToRecommendation(report: Report, pos: Position): GoToResult {
  const anchor = anchorAt(report, pos);
  let target = anchor?.recommendations[0];
  if (target === undefined) {
    const response = report.responses.find((r) => containsPosition(r.range, pos));
    if (response && !response.answers.length) {
      return { message: 'This response does not answer any recommendation in this report.' };
    }
    target = response?.answers[0] ?? recommendationAt(report, pos);
  }
  if (target === undefined) return { message: 'Put the cursor on a response or a reference to go to its recommendation.' };
  return { range: report.recommendations[target].numberRange };
}
