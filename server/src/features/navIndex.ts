// An index of everything in a report that points at recommendations: built once per model, looked up by line.
import type { Position, Range, Report } from '../model';
import { containsPosition } from './ranges';

export type AnchorKind = 'recommendation-number' | 'recommendation-citation' | 'response-heading' | 'text-reference';

export interface Anchor {
  kind: AnchorKind;
  range: Range;
  /** Indexes of the recommendations this anchor is about. */
  recommendations: number[];
  /** For a response heading, the response's index. */
  response?: number;
  /** For a text reference, whether it names the response ("our response to recommendation 22"). */
  viaResponse?: boolean;
  /** For a text reference to a paragraph no recommendation cites. */
  unresolved?: boolean;
  /** The Committee report's paragraphs it cites: "(Paragraph 45)", "Paragraph 20:", "paragraphs 30 to 32" in running text. */
  paragraphs?: number[];
}

export interface NavIndex {
  byLine: Map<number, Anchor[]>;
  /** Recommendation index → every anchor about it, in document order. */
  byRecommendation: Anchor[][];
  recommendationsByNumber: Map<number, number[]>;
  recommendationsByParagraph: Map<number, number[]>;
}

const cache = new WeakMap<Report, NavIndex>();

function addTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lookup(map: Map<number, number[]>, numbers: readonly number[]): number[] {
  const out = new Set<number>();
  for (const n of numbers) for (const r of map.get(n) ?? []) out.add(r);
  return [...out].sort((a, b) => a - b);
}

function build(report: Report): NavIndex {
  const byNumber = new Map<number, number[]>();
  const byParagraph = new Map<number, number[]>();
  report.recommendations.forEach((rec, i) => {
    addTo(byNumber, rec.number, i);
    for (const p of rec.paragraphs) addTo(byParagraph, p, i);
  });
  const anchors: Anchor[] = [];
  report.recommendations.forEach((rec, i) => {
    anchors.push({ kind: 'recommendation-number', range: rec.numberRange, recommendations: [i] });
    // "(Paras 30-32)" is one citation range for several paragraphs: one anchor for it, citing them all.
    const byRange = new Map<string, Anchor>();
    for (const c of rec.citations) {
      const key = `${c.range.start.line}:${c.range.start.character}`;
      const known = byRange.get(key);
      if (known) {
        known.paragraphs?.push(c.paragraph);
        continue;
      }
      const anchor: Anchor = { kind: 'recommendation-citation', range: c.range, recommendations: [i], paragraphs: [c.paragraph] };
      byRange.set(key, anchor);
      anchors.push(anchor);
    }
  });
  report.responses.forEach((r, i) => {
    if (r.citations.length) {
      const paragraphs = r.citations.map((c) => c.paragraph);
      anchors.push({ kind: 'response-heading', range: r.citations[0].range, recommendations: r.answers, response: i, paragraphs });
    }
    // "Government response", "DHSC response: Agree": the heading itself leads back to what it answers.
    else if (r.kind === 'heading' && r.headingRange) anchors.push({ kind: 'response-heading', range: r.headingRange, recommendations: r.answers, response: i });
  });
  for (const ref of report.references) {
    const recs = lookup(ref.kind === 'recommendation' ? byNumber : byParagraph, ref.numbers);
    const paragraphs = ref.kind === 'paragraph' ? ref.numbers : undefined;
    anchors.push({ kind: 'text-reference', range: ref.range, recommendations: recs, viaResponse: ref.viaResponse, unresolved: recs.length === 0, paragraphs });
  }
  anchors.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const byLine = new Map<number, Anchor[]>();
  const byRecommendation: Anchor[][] = report.recommendations.map(() => []);
  for (const a of anchors) {
    const list = byLine.get(a.range.start.line);
    if (list) list.push(a);
    else byLine.set(a.range.start.line, [a]);
    for (const r of a.recommendations) byRecommendation[r].push(a);
  }
  return { byLine, byRecommendation, recommendationsByNumber: byNumber, recommendationsByParagraph: byParagraph };
}

export function navIndex(report: Report): NavIndex {
  let found = cache.get(report);
  if (!found) {
    found = build(report);
    cache.set(report, found);
  }
  return found;
}

/** The anchor under the cursor, if any. */
export function anchorAt(report: Report, pos: Position): Anchor | undefined {
  return navIndex(report).byLine.get(pos.line)?.find((a) => containsPosition(a.range, pos));
}

/** Where a recommendation's answer starts: the response heading, or the first line of its text. */
export function responseLocationRange(report: Report, responseIndex: number): Range {
  const r = report.responses[responseIndex];
  if (r.headingRange) return r.headingRange;
  const line = r.range.start.line;
  return { start: r.range.start, end: { line, character: report.lines[line].length } };
}

/** The recommendation the cursor is on: in its text, in one of its responses, or in its group. */
export function recommendationAt(report: Report, pos: Position): number | undefined {
  const anchor = anchorAt(report, pos);
  if (anchor?.recommendations.length) return anchor.recommendations[0];
  const direct = report.recommendations.findIndex((r) => containsPosition(r.range, pos));
  if (direct >= 0) return direct;
  const response = report.responses.find((r) => containsPosition(r.range, pos));
  if (response?.answers.length) return response.answers[0];
  const group = report.groups.find((g) => containsPosition(g.range, pos));
  return group?.recommendations[0];
}
