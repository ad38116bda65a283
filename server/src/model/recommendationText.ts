// A recommendation's words as a reader wants them: its text without the number that opens it, and its short title
// (the first words, for the outline), made without joining a long recommendation's lines.
import { CITATION_CLOSE_AT_START, isTrailingCitation, lastOpening, leavesCitationOpen } from './citations';
import { wordCount } from './lines';
import { BULLET_MARK } from './patterns';
import { CUT, seam } from './paragraphs';
import type { Paragraph, Position } from './types';

export function shortTitleOf(text: string, words: number): string {
  const want = Math.max(1, words);
  // Walk to the end of the wanted words instead of splitting the whole (often very long) paragraph.
  let count = 0;
  let end = 0;
  let inWord = false;
  let more = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) {
      if (count === want) {
        more = true;
        break;
      }
      count++;
    }
    if (!space) end = i + 1;
    inWord = !space;
  }
  let head = text.slice(0, end);
  // A quotation's mark before the words ("> The Department …"), bold marks anywhere, and italic marks around the words
  // ("*The Department should …*"): Markdown's, not the words'.
  if (head.charCodeAt(0) === 62 /* > */) head = head.replace(/^>[ \t]?/, '');
  if (head.indexOf('*') >= 0 || head.indexOf('_') >= 0) head = head.replace(/\*\*/g, '').replace(/^([\s“"‘']*)[*_](?=\S)/, '$1');
  // Runs of white space become one space; most titles have none to change, and a replace would copy them anyway.
  if (UNEVEN_SPACE.test(head)) head = head.replace(/\s+/g, ' ');
  head = head.trim();
  let cut = head.length;
  while (cut > 0 && TITLE_TRAILER.test(head[cut - 1])) cut--;
  head = head.slice(0, cut);
  return more ? head + '…' : head;
}

/** White space other than single spaces. */
const UNEVEN_SPACE = /[^\S ]| {2}/;
/** What a short title does not end with. */
const TITLE_TRAILER = /[\s,;:.–—*_-]/;

/** "7. " or "**7.** " opening the words under a heading; or a bullet ("• ", "- "), the words one item under its title. */
const LEAD_MARK = new RegExp(String.raw`^\s*(?:(?:\*\*)?\d{1,4}[.)](?:\*\*)?|${BULLET_MARK})\s+`);

/**
 * The words line `i` of a recommendation's paragraph gives its text: the line trimmed, and on the first line only what
 * follows the number (`prefix` characters) and a bold marker after it; on the line where its words end (`end`: a
 * reply follows them in their row), only what comes before.
 */
function linePiece(lines: readonly string[], p: Paragraph, prefix: number, i: number, end?: Position): string {
  const piece = wordsOfLine(lines, p, prefix, i, end);
  // A table cell's own line breaks, as a web page's table gives them ("… strategy.<br>It should …"): spaces.
  return piece.indexOf('<br') >= 0 ? piece.replace(CELL_BREAK, ' ') : piece;
}
const CELL_BREAK = /[ \t]*<br[ \t]*\/?>[ \t]*/gi;

function wordsOfLine(lines: readonly string[], p: Paragraph, prefix: number, i: number, end?: Position): string {
  const whole = lines[p.lines[i]];
  const line = end && end.line === p.lines[i] ? whole.slice(0, end.character) : whole;
  if (i === 1 && prefix >= lines[p.lines[0]].length) {
    // Under a "Recommendation 7" heading, the words may start with the number again: "7. The Department should …"; or
    // as a list's one item ("Recommendation 4: Costs" / "• The Government should …").
    const repeated = LEAD_MARK.exec(line);
    if (repeated) return line.slice(repeated[0].length).trim();
    // The end of the heading's own citation, which a line break cut ("Recommendation 1 (paragraph" / "34)"), is not.
    const close = leavesCitationOpen(lines[p.lines[0]]) ? CITATION_CLOSE_AT_START.exec(line) : null;
    if (close) return unquoted(line.slice(close[0].length).trim());
  }
  if (i > 0) return unquoted(line.trim());
  const words = unquoted(line.slice(prefix).trim());
  return words.startsWith('**') ? words.slice(2) : words;
}

/**
 * Markdown's marks of a quotation or a heading before a line's words ("> The Department should …", "### The Department
 * should …"): the document's layout, not its words.
 */
const unquoted = (s: string) => (s.charCodeAt(0) === 62 /* > */ || s.charCodeAt(0) === 35 /* # */ ? s.replace(QUOTE_MARKS, '') : s);
const QUOTE_MARKS = /^(?:>[ \t]*)+|^#{1,6}[ \t]+/;

/** How many of the paragraph's lines hold the recommendation's words: those up to `end`, else all. */
function lineCount(p: Paragraph, end?: Position): number {
  const last = end ? p.lines.indexOf(end.line) : -1;
  return last >= 0 ? last + 1 : p.lines.length;
}

/**
 * A recommendation's words: its lines joined, without the leading number (which `prefix` characters of the first
 * line hold, leading spaces included) or a bold marker left after it, and up to `end` when its row goes on to a reply.
 */
export function recommendationText(lines: readonly string[], p: Paragraph, prefix: number, end?: Position): string {
  const parts: string[] = [];
  for (let i = 0, n = lineCount(p, end); i < n; i++) joinPiece(parts, linePiece(lines, p, prefix, i, end));
  return parts.join('');
}

/**
 * Adds a line's piece of the words to `parts`, as a reader reads them across the break (a word a hyphen cut joined
 * again: paragraphs.ts's `seam`). A first line that is all label ("Recommendation 7", "Paragraph 34") gives no words:
 * nothing to put a space after. The pieces are joined once, at the end: reading the last characters of a growing
 * string would copy it at each line.
 */
function joinPiece(parts: string[], piece: string): void {
  if (!parts.length) {
    if (piece) parts.push(piece);
    return;
  }
  const between = seam(parts[parts.length - 1], piece);
  if (between === CUT) parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
  else if (between) parts.push(between);
  parts.push(piece);
}


/**
 * `shortTitleOf(withoutTrailingCitation(recommendationText(…)), words)`, reading only the lines the first words stand
 * on instead of joining the whole (often very long) recommendation: the trailing citation is found from the last
 * lines, and joining stops once one word more than the title needs is known.
 */
export function recommendationShortTitle(lines: readonly string[], p: Paragraph, prefix: number, words: number, end?: Position): string {
  const want = Math.max(1, words);
  const pieces: string[] = [];
  const piece = (i: number) => (pieces[i] ??= linePiece(lines, p, prefix, i, end));
  const n = lineCount(p, end);
  // The citation starts at the last "(" or "[" of the text: on the last line that has one (no line after it has any).
  let citeLine = -1;
  let citeAt = -1;
  for (let i = n - 1; i >= 0 && citeLine < 0; i--) {
    const at = lastOpening(piece(i));
    if (at >= 0) [citeLine, citeAt] = [i, at];
  }
  if (citeLine >= 0) {
    let tail = piece(citeLine).slice(citeAt);
    for (let i = citeLine + 1; i < n; i++) tail += ' ' + piece(i);
    if (!isTrailingCitation(tail)) citeLine = -1;
  }
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i === citeLine) {
      joinPiece(parts, piece(i).slice(0, citeAt));
      break;
    }
    joinPiece(parts, piece(i));
    if (wordCount(parts.join(''), want) > want) break;
  }
  return shortTitleOf(parts.join('').trimEnd(), want);
}
