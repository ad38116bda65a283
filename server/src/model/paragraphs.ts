// Splits text into lines and logical paragraphs, joining blocks that a PDF page break split mid-sentence.
import {
  ANNOTATION,
  CITATION_ONLY,
  LIST_ITEM,
  PARAGRAPH_HEADING,
  RECOMMENDATION_START,
  RESPONSE_FROM_HEADING,
  TERMINAL_PUNCTUATION,
} from './patterns';
import type { Paragraph, ParagraphKind } from './types';

/**
 * Splits on CRLF, CR or LF; the result always has at least one (possibly empty) line. `firstCr` is where the text's
 * first "\r" is (-1 for none), for a caller that has looked already.
 */
export function splitLines(text: string, firstCr = text.indexOf('\r')): string[] {
  // A plain split on "\n" is several times faster than a regular expression; most files have no "\r".
  return firstCr < 0 ? text.split('\n') : text.split(/\r\n|\r|\n/);
}

const NOT_BLANK = /\S/;

function isBlank(line: string): boolean {
  const c = line.charCodeAt(0);
  // A printable ASCII first character settles it without a regular expression; most lines start with one.
  if (c > 32 && c < 127) return false;
  return !NOT_BLANK.test(line);
}

const A = 65;
const Z = 90;

/** What a line would start if it began a block. */
export function classifyLine(line: string): ParagraphKind {
  const c = line.charCodeAt(0);
  // A line starting with a capital other than P or R cannot start a recommendation, a heading or a list item (every
  // other pattern needs a space, digit, bullet, bracket, "**", "@", "P", "R" or a small letter first): most prose.
  if (c >= A && c <= Z && c !== 80 /* P */ && c !== 82 /* R */) return 'text';
  if (c === 64 /* @ */ && ANNOTATION.test(line)) return 'annotation';
  if (RECOMMENDATION_START.test(line)) return 'recommendation';
  if (PARAGRAPH_HEADING.test(line)) return 'paragraph-heading';
  if (RESPONSE_FROM_HEADING.test(line)) return 'response-from-heading';
  if (LIST_ITEM.test(line)) return 'list-item';
  return 'text';
}

/** Kinds that occupy exactly one line: the next line starts a new block even without a blank line between. */
const SINGLE_LINE_KINDS: ReadonlySet<ParagraphKind> = new Set([
  'annotation',
  'paragraph-heading',
  'response-from-heading',
]);

/** Kinds that start a new block even when no blank line precedes them. */
const STARTS_BLOCK: ReadonlySet<ParagraphKind> = new Set([
  'annotation',
  'recommendation',
  'paragraph-heading',
  'response-from-heading',
  'list-item',
]);

interface Block {
  kind: ParagraphKind;
  lines: number[];
  afterBlank: boolean;
}

/** Calls `each` with each block of consecutive non-blank lines, in order, as soon as it is complete. */
function forEachBlock(lines: readonly string[], each: (block: Block) => void): void {
  let current: Block | undefined;
  let sawBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      if (current) each(current);
      current = undefined;
      sawBlank = true;
      continue;
    }
    const kind = classifyLine(line);
    if (!current || STARTS_BLOCK.has(kind) || SINGLE_LINE_KINDS.has(current.kind)) {
      if (current) each(current);
      current = { kind, lines: [i], afterBlank: sawBlank };
    } else {
      current.lines.push(i);
    }
    sawBlank = false;
  }
  if (current) each(current);
}

const MIN_PROSE_LINE = 60;

function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  return i >= 0 && TERMINAL_PUNCTUATION.test(line[i]);
}

/**
 * What a line contributes to the page-break joining decisions: an edit that leaves this the same cannot change
 * how paragraphs are joined.
 */
export function joinSignature(line: string): string {
  const blank = isBlank(line);
  return [
    blank,
    !blank && endsSentence(line),
    /^\s*\p{Ll}/u.test(line),
    line.trim().length >= MIN_PROSE_LINE,
    CITATION_ONLY.test(line),
  ].join();
}

/** True when `next` carries on the sentence that `prev` left unfinished at a page break (or around annotation lines). */
function continuesAcrossBreak(lines: readonly string[], prev: Paragraph, next: Block, afterBreak: boolean): boolean {
  if (!afterBreak || next.kind !== 'text') return false;
  if (prev.kind !== 'text' && prev.kind !== 'recommendation') return false;
  const first = lines[next.lines[0]];
  if (prev.kind === 'recommendation' && CITATION_ONLY.test(first) && next.lines.length === 1) return true;
  const last = lines[prev.lines[prev.lines.length - 1]];
  if (endsSentence(last)) return false;
  const startsLower = /^\s*\p{Ll}/u.test(first);
  if (startsLower) return true;
  return last.trim().length >= MIN_PROSE_LINE && first.trim().length >= MIN_PROSE_LINE;
}

/** A paragraph's lines joined with single spaces. Made on demand: most paragraphs' text is never needed whole. */
export function paragraphText(lines: readonly string[], p: Paragraph): string {
  return joinText(lines, p.lines);
}

function joinText(lines: readonly string[], nums: readonly number[]): string {
  let out = '';
  for (const n of nums) out += (out ? ' ' : '') + lines[n].trim();
  return out;
}

function toParagraph(lines: readonly string[], block: Block): Paragraph {
  const first = block.lines[0];
  const last = block.lines[block.lines.length - 1];
  return {
    kind: block.kind,
    lines: block.lines,
    range: { start: { line: first, character: 0 }, end: { line: last, character: lines[last].length } },
    joinedAcrossBreak: false,
  };
}

/** Logical paragraphs in document order. Annotation lines are transparent: text around them joins as if they were not there. */
export function readParagraphs(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let lastText: Paragraph | undefined;
  // Blocks are read one at a time, not collected first: each is garbage as soon as its paragraph is made.
  forEachBlock(lines, (block) => {
    const prev = out[out.length - 1];
    const afterAnnotation = prev?.kind === 'annotation';
    const target = afterAnnotation ? lastText : prev;
    if (block.kind !== 'annotation' && target && continuesAcrossBreak(lines, target, block, block.afterBlank || afterAnnotation)) {
      for (const l of block.lines) target.lines.push(l);
      const last = block.lines[block.lines.length - 1];
      target.range = { start: target.range.start, end: { line: last, character: lines[last].length } };
      target.joinedAcrossBreak = true;
      return;
    }
    const p = toParagraph(lines, block);
    out.push(p);
    if (p.kind !== 'annotation') lastText = p;
  });
  return out;
}
