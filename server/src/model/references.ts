// Cross-references in running text: "recommendations 7–9", "paragraph 29 of the report", and in annotations "R12" / "Rec 12".
import { expandNumberList, NUMBER_LIST } from './patterns';
import { lineResult } from './lineTable';
import type { Paragraph, Range, TextReference } from './types';

/** Sticky patterns, run only where a cheap substring search found the keyword. */
const RECOMMENDATION_REF = new RegExp(String.raw`([Rr]ecommendations?)\s+(${NUMBER_LIST})\b`, 'y');
/** "paragraph 29", but not "paragraph 3 of Schedule 2" or the like, which point into other documents. */
const PARAGRAPH_REF = new RegExp(
  String.raw`([Pp]aragraphs?)\s+(${NUMBER_LIST})\b(?!\s+of\s+(?:Schedule|Part|Annex|Appendix|section|the\s+\w+\s+Act))`,
  'y',
);
/** Short forms staff write in annotations: "R12", "Rec 12", "Rec. 12". */
const SHORT_REF = /\b(R|Rec\.?|rec\.?)\s?(\d{1,4})\b/g;
/** "our response to recommendations 7–9": the reference is to the response, not the recommendation. */
const RESPONSE_TO_BEFORE = /\bresponses?\s+(?:to|on)\s+(?:our\s+|the\s+)?$/i;

interface Span {
  kind: TextReference['kind'];
  numbers: number[];
  start: number;
  end: number;
  viaResponse: boolean;
}

function push(out: Span[], kind: TextReference['kind'], s: string, m: RegExpExecArray): void {
  const numbers = expandNumberList(m[2]);
  if (!numbers.length) return;
  const viaResponse = RESPONSE_TO_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index));
  out.push({ kind, numbers, start: m.index, end: m.index + m[0].length, viaResponse });
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Runs `re` (sticky) at each place `key` occurs, one character before it (the R/r or P/p),
 * skipping matches inside a longer word. indexOf is far faster than scanning long lines with a regular expression.
 */
function scanKeyword(s: string, key: string, re: RegExp, each: (m: RegExpExecArray) => void): void {
  for (let at = s.indexOf(key); at >= 0; at = s.indexOf(key, at + key.length)) {
    const start = at - 1;
    if (start < 0 || (start > 0 && WORD_CHAR.test(s[start - 1]))) continue;
    re.lastIndex = start;
    const m = re.exec(s);
    if (m) each(m);
  }
}

function scanLine(s: string, annotation: boolean): Span[] {
  const out: Span[] = [];
  scanKeyword(s, 'ecommendation', RECOMMENDATION_REF, (m) => push(out, 'recommendation', s, m));
  scanKeyword(s, 'aragraph', PARAGRAPH_REF, (m) => {
    // "(Paragraph 45)" is a recommendation's own citation, not a reference in running text.
    if (s[m.index - 1] !== '(') push(out, 'paragraph', s, m);
  });
  if (annotation) {
    SHORT_REF.lastIndex = 0;
    for (let m = SHORT_REF.exec(s); m; m = SHORT_REF.exec(s)) push(out, 'recommendation', s, m);
  }
  return out;
}

const textSpans = (s: string) => scanLine(s, false);
const annotationSpans = (s: string) => scanLine(s, true);

/** References in the text of recommendations, responses and annotations; response headings are left to the parser. */
export function findReferences(lines: readonly string[], paragraphs: readonly Paragraph[]): TextReference[] {
  const out: TextReference[] = [];
  for (const p of paragraphs) {
    if (p.kind === 'paragraph-heading' || p.kind === 'response-from-heading') continue;
    const annotation = p.kind === 'annotation';
    for (const line of p.lines) {
      const spans = annotation ? lineResult(lines, 'annotation-refs', line, annotationSpans) : lineResult(lines, 'refs', line, textSpans);
      for (const r of spans) {
        const range: Range = { start: { line, character: r.start }, end: { line, character: r.end } };
        out.push({ kind: r.kind, numbers: r.numbers, range, viaResponse: r.viaResponse, inAnnotation: annotation });
      }
    }
  }
  return out;
}
