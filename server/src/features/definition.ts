// Go to Definition: from a recommendation or its citation to its response, from a response heading back, and from references in running text.
import type { LocationLink } from 'vscode-languageserver-types';
import type { Position, Report } from '../model';
import { anchorAt, responseLocationRange, type Anchor } from './navIndex';
import { originalParagraph, type Candidate } from './originalReport';

function toRecommendations(report: Report, uri: string, anchor: Anchor, recs: readonly number[]): LocationLink[] {
  return recs.map((i) => ({
    originSelectionRange: anchor.range,
    targetUri: uri,
    targetRange: report.recommendations[i].range,
    targetSelectionRange: report.recommendations[i].numberRange,
  }));
}

function toResponses(report: Report, uri: string, anchor: Anchor, recs: readonly number[]): LocationLink[] {
  const responses = [...new Set(recs.flatMap((i) => report.recommendations[i].responses))].sort((a, b) => a - b);
  return responses.map((r) => ({
    originSelectionRange: anchor.range,
    targetUri: uri,
    targetRange: report.responses[r].range,
    targetSelectionRange: responseLocationRange(report, r),
  }));
}

/** The paragraphs an anchor cites, in the Committee's own report: a second target beside the response. */
function toOriginal(anchor: Anchor, original: Candidate | undefined): LocationLink[] {
  if (!original || !anchor.paragraphs) return [];
  const out: LocationLink[] = [];
  for (const n of new Set(anchor.paragraphs)) {
    const p = originalParagraph(original.original, n);
    if (!p) continue;
    out.push({ originSelectionRange: anchor.range, targetUri: original.uri, targetRange: p.range, targetSelectionRange: p.numberRange });
  }
  return out;
}

/** Where the anchor under `pos` leads: in this report, then (when the workspace holds it) the Committee's own report. */
export function definition(report: Report, uri: string, pos: Position, original?: Candidate): LocationLink[] {
  const anchor = anchorAt(report, pos);
  if (!anchor) return [];
  return [...inReport(report, uri, anchor), ...toOriginal(anchor, original)];
}

function inReport(report: Report, uri: string, anchor: Anchor): LocationLink[] {
  switch (anchor.kind) {
    case 'recommendation-number':
    case 'recommendation-citation':
      return toResponses(report, uri, anchor, anchor.recommendations);
    case 'response-heading':
      return toRecommendations(report, uri, anchor, anchor.recommendations);
    case 'text-reference': {
      if (anchor.viaResponse) {
        const responses = toResponses(report, uri, anchor, anchor.recommendations);
        if (responses.length) return responses;
      }
      return toRecommendations(report, uri, anchor, anchor.recommendations);
    }
  }
}
