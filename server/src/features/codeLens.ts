// Code lenses: "Response ↓" (or "No response") above each recommendation, "↑ Recommendation 12" above each response.
import type { CodeLens, Range } from 'vscode-languageserver-types';
import { recLabel, type Report } from '../model';
import { responseLocationRange } from './navIndex';
import { NumberList } from './ranges';
import { stanceLabel, stances } from './stance';
import { isAnswered } from './responseText';

/** Client commands the lenses run. */
export const REVEAL_COMMAND = 'committeeReport.reveal';
export const NO_RESPONSE_COMMAND = 'committeeReport.explainNoResponse';

function lineStart(range: Range): Range {
  return { start: range.start, end: range.start };
}

export function codeLenses(report: Report, uri: string, isCancelled: () => boolean = () => false): CodeLens[] {
  const out: CodeLens[] = [];
  const all = stances(report);
  // Each response's recommendations, read once however many recommendations share it.
  const lists = new Map<number, NumberList>();
  const sharedWith = (response: number): NumberList => {
    let list = lists.get(response);
    if (!list) lists.set(response, (list = new NumberList(report.responses[response].answers.map((i) => report.recommendations[i].number))));
    return list;
  };
  for (const [recIndex, rec] of report.recommendations.entries()) {
    if (isCancelled()) return out;
    const range = lineStart(rec.range);
    if (!isAnswered(report, rec)) {
      out.push({ range, command: { title: 'No response', command: NO_RESPONSE_COMMAND, arguments: [rec.number] } });
      continue;
    }
    const target = responseLocationRange(report, rec.responses[0]);
    const shared = sharedWith(rec.responses[0]).without(rec.number);
    const stance = stanceLabel(all[recIndex]);
    const title = `Response ↓${shared ? ` (shared with ${shared})` : ''} · ${stance}`;
    out.push({ range, command: { title, command: REVEAL_COMMAND, arguments: [uri, target] } });
  }
  report.responses.forEach((r) => {
    const range = lineStart(r.range);
    for (const i of r.answers) {
      const rec = report.recommendations[i];
      out.push({
        range,
        command: { title: `↑ Recommendation ${recLabel(rec)}`, command: REVEAL_COMMAND, arguments: [uri, rec.numberRange] },
      });
    }
  });
  return out;
}
