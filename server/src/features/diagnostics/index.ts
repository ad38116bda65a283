// Diagnostics: runs every rule, applies the user's severities and `@ignore:` lines, and returns LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Report } from '../../model';
import { DEFAULT_SETTINGS, type ReportSettings } from '../settings';
import { acronymCase } from './acronymCase';
import { lateResponse } from './lateResponse';
import { duplicateParagraph, noParagraph, outOfSequence } from './numbering';
import { jointResponse, noResponse, unknownParagraph } from './structure';
import { undefinedAcronym } from './undefinedAcronym';
import { badStance, unknownTarget } from './annotations';
import { noRecommendations, notText } from './recognition';
import { overdueCommitments } from './commitments';
import { isCommitteesOwnReport } from '../originalReport';
import { Glossary } from '../../glossary/glossary';
import { DEFAULT_SEVERITY, type Finding, type RuleCode, type SeverityName } from './types';

export { RULES, DEFAULT_SEVERITY } from './types';
export type { RuleCode, SeverityName, FixData } from './types';

export const DIAGNOSTIC_SOURCE = 'Committee Report';

/** The built-in glossary alone, for callers that have no user glossary. */
const DEFAULT_GLOSSARY = new Glossary();

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Every finding of the structural rules, before severities and `@ignore:` lines are applied. */
export function findings(report: Report, settings: ReportSettings = DEFAULT_SETTINGS, glossary = DEFAULT_GLOSSARY): Finding[] {
  if (report.binary) return notText(report);
  return [
    ...noRecommendations(report),
    ...(severityOf('undefined-acronym', settings) === 'off' ? [] : undefinedAcronym(report, glossary)),
    // The Committee's own report lists its recommendations; answering them is the response's business.
    ...(isCommitteesOwnReport(report) ? [] : noResponse(report)),
    ...unknownParagraph(report),
    ...jointResponse(report),
    ...outOfSequence(report),
    ...noParagraph(report),
    ...duplicateParagraph(report),
    ...acronymCase(report),
    ...lateResponse(report, settings.lateResponse.months),
    ...badStance(report),
    ...unknownTarget(report),
    ...(severityOf('commitment-overdue', settings) === 'off' || isCommitteesOwnReport(report) ? [] : overdueCommitments(report)),
  ];
}

/** Line spans silenced by `@ignore: code, code` lines: each covers the next block after it. */
function ignoredSpans(report: Report): { from: number; to: number; codes: Set<string> }[] {
  const out: { from: number; to: number; codes: Set<string> }[] = [];
  for (const a of report.annotations) {
    if (a.kind !== 'ignore') continue;
    const next = report.paragraphs.find((p) => p.kind !== 'annotation' && p.range.start.line > a.line);
    if (!next) continue;
    const codes = new Set(a.value.split(/[\s,]+/).filter(Boolean).map((c) => c.toLowerCase()));
    out.push({ from: next.range.start.line, to: next.range.end.line, codes });
  }
  return out;
}

export function severityOf(code: RuleCode, settings: ReportSettings): SeverityName {
  return settings.diagnostics[code] ?? DEFAULT_SEVERITY[code];
}

/** Turns findings into LSP diagnostics for `uri`, dropping switched-off and ignored ones. */
export function toDiagnostics(report: Report, uri: string, found: readonly Finding[], settings: ReportSettings): Diagnostic[] {
  const ignored = ignoredSpans(report);
  const out: Diagnostic[] = [];
  for (const f of found) {
    const severity = severityOf(f.code, settings);
    if (severity === 'off') continue;
    const line = f.range.start.line;
    if (ignored.some((s) => line >= s.from && line <= s.to && (s.codes.has(f.code) || s.codes.has('all')))) continue;
    out.push({
      range: f.range,
      severity: SEVERITY[severity],
      code: f.code,
      codeDescription: { href: `${settings.docsBase}#${f.code}` },
      source: DIAGNOSTIC_SOURCE,
      message: f.message,
      relatedInformation: f.related?.map((r) => ({ location: { uri, range: r.range }, message: r.message })),
      data: f.data,
    });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

export function computeDiagnostics(
  report: Report,
  uri: string,
  settings: ReportSettings = DEFAULT_SETTINGS,
  glossary: Glossary = DEFAULT_GLOSSARY,
): Diagnostic[] {
  return toDiagnostics(report, uri, findings(report, settings, glossary), settings);
}
