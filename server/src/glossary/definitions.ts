// Definitions written in the document: "Written Statement of Action (WSOA)" and the reverse "SENDIASS (SEND Information and …)",
// matched letter by letter in the manner of Schwartz and Hearst (2003), so "First Tier Tribunal (SEND)" is not a definition of SEND.
import { acronymBase, isAcronymLike } from '../model/acronyms';
import type { DocumentDefinition } from './types';
import { lineResult } from '../model/lineTable';

const SHORT_IN_PARENS = /\(([A-Z][A-Za-z0-9]{1,11}(?:['’]?s)?)\)/g;
const SHORT_BEFORE_PARENS = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]{1,11})\s+\(([^()]{3,160})\)/g;
const isAlnum = (c: string) => /[\p{L}\p{N}]/u.test(c);

/**
 * The shortest end of `long` whose letters spell `short` in order, the first letter starting a word, as in the
 * Schwartz–Hearst algorithm; undefined when the letters cannot be found.
 */
export function matchLongForm(short: string, long: string): string | undefined {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si];
    if (!isAlnum(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && isAlnum(l[li - 1])))) li--;
    if (li < 0) return undefined;
    li--;
    si--;
  }
  // The long form starts at the word holding the first letter; "/" separates words too ("Ofsted/Care Quality Commission").
  const start = Math.max(l.lastIndexOf(' ', li + 1), l.lastIndexOf('/', li + 1)) + 1;
  return long.slice(start).trim();
}

/** The last `n` words of `text` (words split on spaces). */
function lastWords(text: string, n: number): string {
  const words = text.trimEnd().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}

/** A plausible long form: more than one word, and not much longer than the short form calls for. */
function plausible(short: string, long: string | undefined): long is string {
  if (!long) return false;
  const words = long.split(/\s+/).length;
  return words >= 2 && words <= Math.min(short.length + 5, short.length * 2) && long.length > short.length;
}

type Span = Omit<DocumentDefinition, 'line'>;

/** The definitions a line's text makes. */
function spansOf(s: string): readonly Span[] {
  const out: Span[] = [];
  if (s.indexOf('(') >= 0) scanDefinitions(s, out);
  return out;
}

function scanDefinitions(s: string, out: Span[]): void {
  SHORT_IN_PARENS.lastIndex = 0;
  for (let m = SHORT_IN_PARENS.exec(s); m; m = SHORT_IN_PARENS.exec(s)) {
    const short = acronymBase(m[1]);
    if (!isAcronymLike(short)) continue;
    const before = s.slice(Math.max(0, m.index - 300), m.index).replace(/[\s,;:]+$/, '');
    const window = lastWords(before.replace(/^.*[.!?;:]\s/, ''), Math.min(short.length + 5, short.length * 2));
    const long = matchLongForm(short, window.replace(/[*_]/g, ''));
    if (plausible(short, long)) out.push({ short, long, start: m.index + 1, end: m.index + 1 + m[1].length });
  }
  SHORT_BEFORE_PARENS.lastIndex = 0;
  for (let m = SHORT_BEFORE_PARENS.exec(s); m; m = SHORT_BEFORE_PARENS.exec(s)) {
    const short = m[1];
    if (!isAcronymLike(short)) continue;
    const inner = m[2].trim();
    const long = matchLongForm(short, inner);
    // The reverse form must use the whole bracket: "SENDIASS (SEND Information and Advice Support Service)".
    if (plausible(short, long) && long === inner) out.push({ short, long, start: m.index, end: m.index + short.length });
  }
}

export function findDefinitions(lines: readonly string[]): DocumentDefinition[] {
  const out: DocumentDefinition[] = [];
  lines.forEach((s, i) => {
    if (s.charCodeAt(0) !== 64) for (const d of lineResult(lines, 'definitions', i, spansOf)) out.push({ ...d, line: i });
  });
  return out;
}
