// Splitting a text into lines, and what a line says about where its sentence ends.
import { isTerminalPunctuation, NUMBER_LIST, PARAGRAPH_LIST } from './patterns';

/**
 * Splits on CRLF, CR or LF; the result always has at least one (possibly empty) line. `firstCr` is where the text's
 * first "\r" is (-1 for none), for a caller that has looked already. When `starts` is given, the offset where each
 * line starts is pushed to it on the same pass (as `lineStarts` would find them afterwards, reading the text again).
 */
export function splitLines(text: string, firstCr = text.indexOf('\r'), starts?: number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
    addLine(out, text.slice(from, at), firstCr >= 0, true, starts, from);
    from = at + 1;
  }
  addLine(out, text.slice(from), firstCr >= 0, false, starts, from);
  return out;
}

/**
 * Lines are found by searching for each line feed and slicing, not by `split` (see state.ts). In a text with
 * carriage returns, a "\r" just before the line feed is its CRLF's and any other is a line break of its own, as in
 * `text.split(/\r\n|\r|\n/)`.
 */
function addLine(out: string[], piece: string, cr: boolean, beforeLf: boolean, starts: number[] | undefined, start: number): void {
  if (!cr) {
    out.push(piece);
    starts?.push(start);
    return;
  }
  const line = beforeLf && piece.charCodeAt(piece.length - 1) === 13 ? piece.slice(0, -1) : piece;
  if (line.indexOf('\r') < 0) {
    out.push(line);
    starts?.push(start);
    return;
  }
  let at = start;
  for (const part of line.split('\r')) {
    out.push(part);
    starts?.push(at);
    at += part.length + 1;
  }
}

/** The line ending a text mostly uses, from where its first "\r" is (-1 for none). */
export function eolOf(text: string, cr: number): string {
  if (cr < 0) return '\n';
  return text[cr + 1] === '\n' ? '\r\n' : '\r';
}

/** Hard-wrapped prose fills its lines: a line shorter than this before a number is not one a wrap cut. */
export const MIN_WRAPPED_LINE = 40;
/** A line at least this long is prose, whose sentence a page break may cut. */
export const MIN_PROSE_LINE = 60;

/**
 * True when the line's last character other than a space or tab ends a sentence or a heading — or a footnote's number
 * glued after the stop that ends a word's sentence does, as a PDF's or a web page's copy leaves it ("… of chargepoints.1",
 * "… was published.”12"; not "section 3.1" or "A.1", where no word in lower case ends before the stop).
 */
export function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  if (i < 0) return false;
  const c = line.charCodeAt(i);
  return isTerminalPunctuation(c) || (c >= 48 && c <= 57 && footnotedStop(line, i));
}

/** Whether the digits ending at `i` are a footnote's number (up to three digits) after a word's stop, in quotation marks or not. */
function footnotedStop(line: string, i: number): boolean {
  let k = i;
  while (k > i - 2 && k > 0 && line.charCodeAt(k - 1) >= 48 && line.charCodeAt(k - 1) <= 57) k--;
  k--;
  if (k > 0 && (line.charCodeAt(k) === 0x201d || line.charCodeAt(k) === 34)) k--;
  if (k < 1) return false;
  const stop = line.charCodeAt(k);
  const before = line.charCodeAt(k - 1);
  return (stop === 46 || stop === 63 || stop === 33) && before >= 97 && before <= 122;
}

const NOT_BLANK = /\S/;

/** True for a line with nothing but white space. */
export function isBlankLine(line: string): boolean {
  if (line.length === 0) return true;
  const c = line.charCodeAt(0);
  // A printable ASCII first character settles it without a regular expression; most lines start with one.
  if (c > 32 && c < 127) return false;
  return !NOT_BLANK.test(line);
}

/** A UK postcode: "SW1A 2BQ", "CF10 3NQ", "EH99 1SP". */
export const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
/** An address's last line: its postcode, alone or after a town's name ("London SW1A 2BQ", "Cardiff, CF10 3NQ"). */
const POSTCODE_LINE = /^\s*(?:[A-Z][\w'-]*(?:,?\s+[A-Z][\w'-]*){0,2},?\s+)?[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\s*$/;
/** How many lines an address may have before its postcode's. */
const ADDRESS_LINES = 4;
/** An address's lines are short. */
const ADDRESS_LINE = 70;

/**
 * True when an address starts on line `next`, with no blank line before it (a letter's end in a PDF's text): up to
 * five short lines that end no sentence, the last one its postcode's ("Department for Culture, Media and Sport" /
 * "100 Parliament Street" / "London SW1A 2BQ"). A line of prose that names a postcode goes on, or ends, with more.
 */
export function startsAddress(lines: readonly string[], next: number, spaced = false): boolean {
  for (let k = next, seen = 0; k < lines.length && seen <= ADDRESS_LINES; k++) {
    const line = lines[k];
    // (In text with a blank line after every line, one blank line parts none of its lines.)
    if (spaced && isBlankLine(line) && !isBlankLine(lines[k - 1]) && k + 1 < lines.length && !isBlankLine(lines[k + 1])) continue;
    if (line.length > ADDRESS_LINE || endsSentence(line) || !line.trim()) return false;
    if (POSTCODE_LINE.test(line)) return true;
    seen++;
  }
  return false;
}

/** True when the line's first character other than white space is a small letter. */
export function startsLowerCase(line: string): boolean {
  const c = line.charCodeAt(0);
  // Settled by the first character for most lines: an ASCII letter or digit, not a space.
  if (c >= 97 && c <= 122) return true;
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return false;
  return /^\s*\p{Ll}/u.test(line);
}

/** Where the line's first character other than a space or a tab stands, from `from` on, past at most `most` of them (its length when it has none). */
export function afterIndent(line: string, from = 0, most = Infinity): number {
  let at = from;
  while ((line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9) && at - from < most) at++;
  return at;
}

/**
 * How far into a line its first word may stand and still be read as the line's start: a PDF's or an e-mail's text
 * indents whole pages by four spaces or a tab, or more. Bounded, so that a line of spaces costs no more than this.
 */
export const MAX_INDENT = 40;

/** True when the line starts with a digit, after its indent. */
export function startsWithDigit(line: string): boolean {
  const c = line.charCodeAt(afterIndent(line, 0, MAX_INDENT));
  return c >= 48 && c <= 57;
}

/** Longer than this, a line is prose rather than a heading. */
const MAX_HEADING_LINE = 90;

/** True for a line that could be a heading: short, starting with a capital or a digit, ending no sentence. */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return t.length >= 3 && t.length <= MAX_HEADING_LINE && /^[#*]*\s*[\p{Lu}\d]/u.test(t) && !/[.;,!?]\**$/.test(t);
}

/**
 * A form's field on a line of its own: a label of up to five words and a short value with no sentence in it ("Status:
 * Complete", "Lead department: DLUHC", "Target date: March 2025", "Original target implementation date: Autumn 2026"),
 * as a tracker's entry gives it beside its reply.
 */
const FIELD_LINE = /^[ \t]*(?:\*\*)?[A-Z][a-z]+(?:[ \t]+[a-z]+){0,4}(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*[^ \t.!?:][^.!?:]{0,50}\.?[ \t]*$/;
export const isFieldLine = (line: string): boolean => FIELD_LINE.test(line);

/** A letter's salutation, which the letter's words follow: "Dear Chair,", "Dear Ms Smith". */
export const SALUTATION = /^[ \t]*Dear\b[^.!?]{0,60}[,:]?[ \t]*$/;

/** A heading that names itself with its number: "Chapter 3", "Part II", "Theme 2:", "## Annex A". */
export const NAMED_HEADING = /^(?:#{1,6}\s+)?(?:\*\*)?(?:Chapter|Part|Section|Theme|Annex|Appendix)\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\b/;

/**
 * "Paragraph 34" (or "Paras 12 and 13", in bold or not) and nothing else on a line: it names a paragraph of the
 * Committee's report over the words of a recommendation or of a reply (rules/paragraphLine.ts), and never carries on
 * the prose above it, where such words start with a small letter or go on after the number.
 */
export const PARAGRAPH_LINE = new RegExp(String.raw`^[ \t]*(?:\*\*)?(?:Paragraphs?|Paras?\.?)[ \t]+(${NUMBER_LIST})[ \t]*(?:\*\*)?[ \t]*$`);

/**
 * The same naming as the paragraph a recommendation's heading cites on the line under it, in either case, with a colon
 * or in brackets too: "Paragraph 23", "Paragraph 23:", "(Paragraphs 31 and 32)", "(para 4.12)" (rules/recommendationHeading.ts;
 * the numbers, group 1). Not a line of its own elsewhere: "Paragraph 45:" opens a reply's heading.
 */
export const PARAGRAPH_CITED_LINE = new RegExp(String.raw`^[ \t]*(?:\*\*)?[([]?(?:Paragraphs?|Paras?\.?)[ \t]+(${PARAGRAPH_LIST})[)\]]?[ \t]*:?[ \t]*(?:\*\*)?[ \t]*$`, 'i');

/** True for a line that names a paragraph and nothing else (`PARAGRAPH_LINE`); settled by its length and first letters before the pattern runs. */
export function isParagraphLine(line: string): boolean {
  return line.length <= 40 && line.length >= 6 && line.indexOf('Para') >= 0 && PARAGRAPH_LINE.test(line);
}

/**
 * A line that only labels the recommendation under it: "Committee recommendation", "Our recommendation" (the
 * Committee's own heading), "Recommendation (ii)", "Conclusion 3:", "**Recommendation**", "RECOMMENDATION",
 * "Recommendation –".
 */
const LABEL_LINE = /^[ \t]*(?:\*\*)?(?:(?:(?:The[ \t]+)?Committee(?:['’]s)?|Our)[ \t]+)?(?:[Rr]ecommendation|RECOMMENDATION|[Cc]onclusion|CONCLUSION)(?:[ \t]+(?:\([ivxlc]{1,6}\)|[ivxlc]{1,6}|\d{1,3}[a-z]?|[A-Z]))?[ \t]*[:.–—-]?(?:\*\*)?[ \t]*$/;
/** How long such a line can be. */
const MAX_LABEL_LINE = 60;

/** True for a line that only labels the recommendation under it (LABEL_LINE); settled by its length before the pattern runs. */
export function isLabelLine(line: string): boolean {
  return line.length <= MAX_LABEL_LINE && LABEL_LINE.test(line);
}

/**
 * Where a line's words start after Markdown's own block markers at `from` (the line's start, or where its indent
 * ends): "## " (a heading) and "> " (a quotation), so that "## Recommendation 7" and "> 12. The Department should …"
 * read as their words do; `from` when there is none.
 */
export function markdownLead(line: string, from = 0): number {
  let at = from;
  const c = line.charCodeAt(at);
  if (c === 35 /* # */) {
    while (at - from < 6 && line.charCodeAt(at) === 35) at++;
    if (line.charCodeAt(at) !== 32 && line.charCodeAt(at) !== 9) return from;
    at = afterIndent(line, at);
  } else if (c === 62 /* > */) {
    at++;
    if (line.charCodeAt(at) === 32) at++;
  }
  return at;
}

/** A character that may open a word: a letter (of any script) or a digit. */
const WORD_START = /[\p{L}\d]/u;

/**
 * Whether `s` holds `n` words or more: runs of characters other than spaces, tabs and bars, each opening with a letter or
 * a digit ("The Department should" is three; "— 12 —" one). Read once over the text: a pattern for three words tried a
 * long word from each of its characters, in time the square of its length.
 */
export function hasWords(s: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 124) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    const opens = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : WORD_START.test(s[i]);
    if (opens && ++count >= n) return true;
  }
  return false;
}

/** How many words `s` has, counted up to one more than `atMost` (enough to say it has more). */
export function wordCount(s: string, atMost: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length && count <= atMost; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
