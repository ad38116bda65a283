// Quick fixes for diagnostics. Each changes only what its title says: one insertion or one replacement.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Report } from '../model';
import type { FixData } from './diagnostics/types';
import { paragraphLabel, recommendationName } from './outline';

function endOfLine(report: Report, line: number) {
  return { line, character: report.lines[line]?.length ?? 0 };
}

function action(title: string, uri: string, edit: TextEdit, diagnostic: Diagnostic, preferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: [edit] } },
  };
}

function noResponseFixes(report: Report, uri: string, number: number, diagnostic: Diagnostic): CodeAction[] {
  const rec = report.recommendations.find((r) => r.number === number && r.responses.length === 0);
  if (!rec) return [];
  const nl = report.eol;
  const at = endOfLine(report, rec.range.end.line);
  const out = [
    action(
      `Add a to-do to chase the response to recommendation ${number}`,
      uri,
      { range: { start: at, end: at }, newText: `${nl}@todo: chase the response to recommendation ${number}` },
      diagnostic,
      true,
    ),
  ];
  if (rec.paragraphs.length) {
    const group = report.groups[rec.group];
    const end = endOfLine(report, group.range.end.line);
    const title = recommendationName(rec, 8).replace(/^\d+\.\s*/, '');
    const heading = `${paragraphLabel(rec.paragraphs)}: ${title}`;
    out.push(
      action(
        `Insert a response heading "${paragraphLabel(rec.paragraphs)}:" after the responses to this group`,
        uri,
        {
          range: { start: end, end },
          newText: `${nl}${nl}${heading}${nl}${nl}@todo: add the Government's response to recommendation ${number}`,
        },
        diagnostic,
      ),
    );
  }
  return out;
}

function isFixData(data: unknown): data is FixData {
  return !!data && typeof data === 'object' && typeof (data as { fix?: unknown }).fix === 'string';
}

/** Quick fixes for the given diagnostics (as the client sends them back, with their data). */
export function codeActions(report: Report, uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const data = d.data;
    if (!isFixData(data)) continue;
    if (data.fix === 'no-response' && typeof data.recommendation === 'number') {
      out.push(...noResponseFixes(report, uri, data.recommendation, d));
    } else if (data.fix === 'replace' && data.range && typeof data.text === 'string') {
      out.push(action(String(data.title), uri, { range: data.range, newText: data.text }, d, true));
    }
  }
  return out;
}
