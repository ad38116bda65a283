// Quick fixes that correct the reading of a paragraph in one step, by writing one of the correction annotations above
// it: "@rec: N" (read it as recommendation N), "@answers: N" (read it as the response to recommendation N),
// "@not-a-recommendation". They stay right through edits, because the reading follows the annotation.
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver-types';
import { recLabel, type Paragraph, type Report } from '../model';

function insertAbove(report: Report, uri: string, p: Paragraph, text: string, title: string, preferred = false): CodeAction {
  const at = { line: p.range.start.line, character: 0 };
  return { title, kind: CodeActionKind.QuickFix, isPreferred: preferred, edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: `${text}${report.eol}` } ] } } };
}

/** The paragraph a position stands in (not an annotation line), and its index. */
function paragraphAt(report: Report, line: number): { p: Paragraph; index: number } | undefined {
  const index = report.paragraphs.findIndex((p) => p.kind !== 'annotation' && p.range.start.line <= line && line <= p.range.end.line);
  return index < 0 ? undefined : { p: report.paragraphs[index], index };
}

/** The corrections offered for the paragraph at `range`: what it could be read as instead of what it is read as. */
export function correctionActions(report: Report, uri: string, range: Range): CodeAction[] {
  const found = paragraphAt(report, range.start.line);
  if (!found) return [];
  const { p, index } = found;
  // Already corrected: the annotation above says so, and editing it is the way to change it.
  const above = report.paragraphs[index - 1];
  if (above?.kind === 'annotation' && /^@(?:rec|answers|not-a-recommendation)\b/.test(report.lines[above.range.start.line])) return [];
  const rec = report.recommendations.find((r) => r.paragraphIndex === index);
  if (rec) return [insertAbove(report, uri, p, '@not-a-recommendation', `This is not a recommendation: read it as plain text (not recommendation ${recLabel(rec)})`)];
  const before = report.recommendations.filter((r) => r.paragraphIndex < index);
  const last = before[before.length - 1];
  const out: CodeAction[] = [];
  const next = last ? last.number + 1 : 1;
  out.push(insertAbove(report, uri, p, `@rec: ${next}`, `Read this paragraph as recommendation ${next}`));
  if (last) out.push(insertAbove(report, uri, p, `@answers: ${recLabel(last)}`, `Read this as the response to recommendation ${recLabel(last)}`));
  return out;
}
