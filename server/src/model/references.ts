// Cross-references in running text: "recommendations 7–9", "paragraph 29 of the report", and in annotations "R12" / "Rec 12".
import { expandNumberList, expandParagraphList, NUMBER_LIST, PARAGRAPH_LIST } from './patterns';
import { ruleOfParagraph } from './reader';
import type { LineState } from './state';
import type { Paragraph, Range, TextReference } from './types';

/**
 * Where a reference may stand: the keyword and a number after it. Its first letter says which kind. (Two alternatives,
 * each starting with its own letters, search faster than one that starts with a class of four.)
 */
const KEYWORD = /[Rr]ecommendations?\s+\d|[Pp]aragraphs?\s+\d/g;
/** Sticky patterns, run only where the whole-text search found the keyword. */
const RECOMMENDATION_REF = new RegExp(String.raw`([Rr]ecommendations?)\s+(${NUMBER_LIST})\b`, 'y');
/** "paragraph 29", but not "paragraph 3 of Schedule 2" or the like, which point into other documents. */
const PARAGRAPH_REF = new RegExp(
  String.raw`([Pp]aragraphs?)\s+(${PARAGRAPH_LIST})\b(?!\s+of\s+(?:Schedule|Part|Annex|Appendix|section|the\s+\w+\s+Act))`,
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
  const numbers = kind === 'paragraph' ? expandParagraphList(m[2]) : expandNumberList(m[2]);
  if (!numbers.length) return;
  const viaResponse = RESPONSE_TO_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index));
  out.push({ kind, numbers, start: m.index, end: m.index + m[0].length, viaResponse });
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Runs `re` (sticky) on the line where `key` was found, one character before it, unless that is inside a longer word. */
function matchAt(s: string, column: number, re: RegExp): RegExpExecArray | null {
  const start = column - 1;
  if (start < 0 || (start > 0 && WORD_CHAR.test(s[start - 1]))) return null;
  re.lastIndex = start;
  return re.exec(s);
}

/**
 * Where references may start on line `line`: after a labelled recommendation's own label on its first line
 * ("Recommendation 4:" is not a reference to itself), else from the start.
 */
export function referencesFrom(state: LineState, line: number): number {
  return state.ruleAt(line).props.labelled ? state.startAt(line).prefix : 0;
}

/** Lines' roles for references: 0 none (blank, heading), 1 report text, 2 annotation. Headings' words are read by their rules. */
function lineRoles(state: LineState, lineCount: number, paragraphs: readonly Paragraph[]): Uint8Array {
  const roles = new Uint8Array(lineCount);
  for (const p of paragraphs) {
    if (ruleOfParagraph(state, p).props.heading) continue;
    const role = p.kind === 'annotation' ? 2 : 1;
    for (const line of p.lines) roles[line] = role;
  }
  return roles;
}

/** The references on one line of report text (not a heading or an annotation), as the whole-text search finds them. */
export function referencesInLine(s: string, line: number, from = 0): TextReference[] {
  const spans: Span[][] = [[], []];
  KEYWORD.lastIndex = from;
  for (let m = KEYWORD.exec(s); m; m = KEYWORD.exec(s)) {
    const recommendation = m[0][0] === 'R' || m[0][0] === 'r';
    const found = matchAt(s, m.index + 1, recommendation ? RECOMMENDATION_REF : PARAGRAPH_REF);
    if (!found || (!recommendation && (s[found.index - 1] === '(' || s[found.index - 1] === '['))) continue;
    push(spans[recommendation ? 0 : 1], recommendation ? 'recommendation' : 'paragraph', s, found);
  }
  return spans.flat().map((r) => ({
    kind: r.kind,
    numbers: r.numbers,
    range: { start: { line, character: r.start }, end: { line, character: r.end } },
    viaResponse: r.viaResponse,
    inAnnotation: false,
  }));
}

/**
 * Where a reference's keyword stands in `text`, as offsets: one pass of one pattern over the whole text. The parser
 * makes this pass straight after splitting the text into lines, while the text is still in the processor's cache:
 * made after the paragraphs are read, as it was, the same pass took twice as long on the bundled report.
 */
export function keywordOffsets(text: string): number[] {
  const out: number[] = [];
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) out.push(m.index);
  return out;
}

/** References in the text of recommendations, responses and annotations; response headings are left to the parser. */
export function findReferences(state: LineState, paragraphs: readonly Paragraph[], offsets: readonly number[] = keywordOffsets(state.text)): TextReference[] {
  const { text, lines, lineStarts: starts } = state;
  const roles = lineRoles(state, lines.length, paragraphs);
  const byLine = new Map<number, Span[][]>();
  const add = (line: number, slot: number, span: Span[]) => {
    let slots = byLine.get(line);
    if (!slots) byLine.set(line, (slots = [[], [], []]));
    slots[slot].push(...span);
  };
  // Each keyword found is read on its line.
  let line = 0;
  for (const offset of offsets) {
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    if (!roles[line]) continue;
    const s = lines[line];
    const column = offset - starts[line];
    if (column < referencesFrom(state, line)) continue;
    const first = text.charCodeAt(offset);
    const recommendation = first === 82 /* R */ || first === 114 /* r */;
    const found = matchAt(s, column + 1, recommendation ? RECOMMENDATION_REF : PARAGRAPH_REF);
    // "(Paragraph 45)" or "[Paragraph 45]" is a recommendation's own citation, not a reference in running text.
    if (!found || (!recommendation && (s.charCodeAt(found.index - 1) === 40 /* ( */ || s.charCodeAt(found.index - 1) === 91) /* [ */)) continue;
    const spans: Span[] = [];
    push(spans, recommendation ? 'recommendation' : 'paragraph', s, found);
    add(line, recommendation ? 0 : 1, spans);
  }
  // A loop, not `forEach`: most lines are not annotations, and a call for each of them would cost more than the rest.
  for (let line = 0; line < roles.length; line++) {
    if (roles[line] !== 2) continue;
    const spans: Span[] = [];
    const s = lines[line];
    SHORT_REF.lastIndex = 0;
    for (let m = SHORT_REF.exec(s); m; m = SHORT_REF.exec(s)) push(spans, 'recommendation', s, m);
    if (spans.length) add(line, 2, spans);
  }
  const out: TextReference[] = [];
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    for (const r of byLine.get(line)!.flat()) {
      const range: Range = { start: { line, character: r.start }, end: { line, character: r.end } };
      out.push({ kind: r.kind, numbers: r.numbers, range, viaResponse: r.viaResponse, inAnnotation: roles[line] === 2 });
    }
  }
  return out;
}
