// Find All References and document highlights: every place that names the same recommendation or paragraph.
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver-types';
import type { Position, Report } from '../model';
import { anchorAt, navIndex, type Anchor } from './navIndex';

function relatedAnchors(report: Report, pos: Position): Anchor[] {
  const anchor = anchorAt(report, pos);
  if (!anchor) return [];
  const index = navIndex(report);
  const seen = new Set<string>();
  const out: Anchor[] = [];
  for (const r of anchor.recommendations) {
    for (const a of index.byRecommendation[r]) {
      const key = `${a.range.start.line}:${a.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(a);
    }
  }
  if (!out.length) out.push(anchor);
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

export function references(report: Report, uri: string, pos: Position, includeDeclaration: boolean): Location[] {
  return relatedAnchors(report, pos)
    .filter((a) => includeDeclaration || a.kind !== 'recommendation-number')
    .map((a) => ({ uri, range: a.range }));
}

export function documentHighlights(report: Report, pos: Position): DocumentHighlight[] {
  return relatedAnchors(report, pos).map((a) => ({
    range: a.range,
    kind: a.kind === 'recommendation-number' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
