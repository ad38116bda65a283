// A paragraph's words as a reader reads them: its lines joined, a word a line break hyphenated joined again.
import type { Paragraph } from './types';

/** A paragraph's lines joined with single spaces. Made on demand: most paragraphs' text is never needed whole. */
export function paragraphText(lines: readonly string[], p: Paragraph): string {
  return joinText(lines, p.lines);
}

/** What a paragraph says: its text without the number it was given, when it is a response's numbered paragraph. */
export function paragraphWords(lines: readonly string[], p: Paragraph): string {
  if (!p.wordsFrom) return paragraphText(lines, p);
  const first = lines[p.lines[0]].slice(p.wordsFrom).trim();
  if (p.lines.length === 1) return first;
  // (Words that start on the second line: a heading's, say, left out.)
  const rest = joinText(lines, p.lines.slice(1));
  return first ? joinAtBreak(first, rest) : rest;
}

/**
 * Lines joined with single spaces, as a reader reads them: a word hyphenated at a line's end is joined again
 * ("recom-" + "mendation"), except where the hyphen belongs to a compound ("low-" + "income"); a Markdown quotation's
 * "> " is left out.
 */
function joinText(lines: readonly string[], nums: readonly number[]): string {
  // The pieces are collected and joined once: joining onto the growing text line by line (and reading its last
  // characters, which makes the engine copy it) took time in the square of a paragraph's length. Whether a line break
  // cut a word needs only the text's last word, kept in `tail`.
  const parts: string[] = [];
  let tail = '';
  for (const n of nums) {
    let piece = lines[n].trim();
    if (!tail) {
      parts.length = 0;
      parts.push(piece);
      tail = piece.slice(-TAIL);
      continue;
    }
    if (piece.charCodeAt(0) === 62 /* > */) piece = piece.slice(piece.charCodeAt(1) === 32 ? 2 : 1);
    const between = seam(tail, piece);
    if (between === CUT) {
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      tail = tail.slice(0, -1);
    } else if (between) {
      parts.push(between);
      tail += between;
    }
    parts.push(piece);
    tail = (tail + piece).slice(-TAIL);
  }
  return parts.join('');
}

/** How much of a paragraph's end is kept for joining the next line: far more than any word's length. */
const TAIL = 200;

/**
 * Two pieces of text a line break separated, as one: a word cut by a hyphen joined again ("strat-" + "egy"), a
 * compound's hyphen kept without a space ("low-" + "income"), else a space between.
 */
export function joinAtBreak(before: string, after: string): string {
  const between = seam(before, after);
  return between === CUT ? before.slice(0, -1) + after : before + between + after;
}

/** `seam`'s answer where the hyphen before the break goes and nothing stands between. */
export const CUT = '-';

/**
 * What stands between two pieces a line break separated (`before` need hold only the first's last word): CUT where a
 * word a hyphen cut goes on (the hyphen left out), nothing where a compound's hyphen is kept, else a space.
 */
export function seam(before: string, after: string): string {
  if (joinsHyphenated(before, after)) return CUT;
  return hyphenatedAtEnd(before) && startsLower(after) ? '' : ' ';
}

const startsLower = (s: string) => s.charCodeAt(0) >= 97 && s.charCodeAt(0) <= 122;

/** "…strat-": ends with a letter and a hyphen. */
function hyphenatedAtEnd(s: string): boolean {
  return s.charCodeAt(s.length - 1) === 45 && /\p{L}/u.test(s[s.length - 2] ?? '');
}

/** Words that keep their hyphen before a line break: the first halves of compounds. */
const COMPOUND_FIRST = new Set(
  'low high long short well self cross non co pre post multi inter full part one two three four five six year day time half cost under over all top wide age anti ex first second third sub non-'.split(' '),
);

/** True when `before` ends with a word cut by a hyphen that `after` finishes in small letters. */
export function joinsHyphenated(before: string, after: string): boolean {
  if (!hyphenatedAtEnd(before) || !startsLower(after)) return false;
  const end = before.length - 1;
  let start = end;
  while (start > 0 && /\p{L}/u.test(before[start - 1])) start--;
  if (start > 0 && before[start - 1] === '-') return false;
  return !COMPOUND_FIRST.has(before.slice(start, end).toLowerCase());
}
