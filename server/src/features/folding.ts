// Folding ranges for sections, groups, recommendations with their responses, and responses.
import type { FoldingRange } from 'vscode-languageserver-types';
import type { Range, Report, Section } from '../model';

function add(out: Map<number, FoldingRange>, range: Range): void {
  const startLine = range.start.line;
  const endLine = range.end.line;
  if (endLine <= startLine) return;
  // One fold per start line: the first added (the outer one) wins, as editors keep only one.
  if (!out.has(startLine)) out.set(startLine, { startLine, endLine });
}

function addSections(out: Map<number, FoldingRange>, sections: readonly Section[]): void {
  for (const s of sections) {
    // The recommendations part has no heading line of its own: folding it would hide its first recommendation's fold.
    if (s.kind !== 'recommendations') add(out, s.range);
    addSections(out, s.children);
  }
}

export function foldingRanges(report: Report): FoldingRange[] {
  const out = new Map<number, FoldingRange>();
  addSections(out, report.sections);
  for (const g of report.groups) add(out, g.range);
  for (const r of report.recommendations) add(out, r.range);
  for (const r of report.responses) add(out, r.range);
  return [...out.values()].sort((a, b) => a.startLine - b.startLine);
}
