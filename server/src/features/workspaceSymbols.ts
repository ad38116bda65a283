// Workspace symbols: the recommendations of every open report, found by number or by words of their text.
import type { WorkspaceSymbol } from 'vscode-languageserver-types';
import type { Report } from '../model';
import { recommendationName, SYMBOL } from './outline';
import { DEFAULT_SETTINGS, type ReportSettings } from './settings';

export interface NamedReport {
  uri: string;
  name: string;
  report: Report;
}

function matches(query: string, number: number, text: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const numeric = /^(?:r|rec|recommendation)?\s*(\d+)\.?$/.exec(q);
  if (numeric) return String(number).startsWith(numeric[1]);
  const hay = `${number}. ${text}`.toLowerCase();
  return q.split(/\s+/).every((w) => hay.includes(w));
}

export function workspaceSymbols(
  reports: readonly NamedReport[],
  query: string,
  settings: ReportSettings = DEFAULT_SETTINGS,
  isCancelled: () => boolean = () => false,
): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const { uri, name, report } of reports) {
    if (isCancelled()) break;
    for (const rec of report.recommendations) {
      if (!matches(query, rec.number, rec.text)) continue;
      out.push({
        name: recommendationName(report, rec, settings.outline.shortTitleWords),
        kind: SYMBOL.recommendation,
        containerName: name,
        location: { uri, range: rec.numberRange },
      });
    }
  }
  return out;
}
