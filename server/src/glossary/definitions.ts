// Definitions written in the document: "Written Statement of Action (WSOA)" and the reverse "SENDIASS (SEND Information and …)",
// matched letter by letter in the manner of Schwartz and Hearst (2003), so "First Tier Tribunal (SEND)" is not a definition of SEND.
import { acronymBase, isAcronymLike } from '../model/acronyms';
import type { DocumentDefinition } from './types';
import { forEachMatch } from '../model/textIndex';
import { joinAtBreak } from '../model/paragraphs';

/**
 * A bracketed phrase without brackets inside, in one pass for both forms: a short form in brackets ("(WSOA)", 2 to 14
 * characters) and a long form in brackets (3 to 160), whose short form is the word just before it (see WORD_BEFORE).
 * Bracketed phrases cannot overlap, so one pass finds exactly what a pass for each form would.
 */
const BRACKETED = /\(([^()\r\n]{2,160})\)/g;
const SHORT_FORM = /^[A-Z][A-Za-z0-9]{1,11}(?:['’]?s)?$/;
const MIN_LONG_FORM = 3;
const WORD_BEFORE = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]{1,11})[ \t]+$/;
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

/**
 * "Long Form (SF)": the short form in brackets after the words that spell it. `previous` is the line before, read
 * first when the words start there ("Department for" / "Environment, Food and Rural Affairs (Defra)").
 */
function shortInParens(s: string, m: RegExpExecArray, previous: string): Span | undefined {
  const short = acronymBase(m[1]);
  const word = !isAcronymLike(short);
  if (word && !NAME_WORD.test(short)) return undefined;
  let head = s.slice(Math.max(0, m.index - 300), m.index);
  if (previous && m.index < 300 && !/[.!?;:]\s/.test(head)) head = joinLines(previous, head);
  const before = head.replace(/[\s,;:]+$/, '');
  const window = lastWords(before.replace(/^.*[.!?;:]\s/, ''), Math.min(short.length + 5, short.length * 2));
  const long = word ? initialsLongForm(short, window.replace(/[*_]/g, '')) : matchLongForm(short, window.replace(/[*_]/g, ''));
  return plausible(short, long) ? { short, long, start: m.index + 1, end: m.index + 1 + m[1].length } : undefined;
}

/** A short form written as a word ("Defra", "Ofwat"): one capital, then small letters. */
const NAME_WORD = /^[A-Z][a-z]{2,9}$/;
/** Small words a short form may leave out ("Department for Environment, Food and Rural Affairs"). */
const SKIPPABLE = new Set(['for', 'and', 'of', 'the', 'on', 'in', '&']);

/**
 * For a short form written as a word, a stricter test than letter matching, since any word's letters turn up in the
 * words before it: each of its letters must be the initial of the next word of the long form (small words may be
 * skipped), as D-e-f-r-a are of "Department for Environment, Food and Rural Affairs". The shortest such end of `long`.
 */
function initialsLongForm(short: string, long: string): string | undefined {
  const words = long.split(/\s+/).filter(Boolean);
  const letters = short.toLowerCase();
  for (let start = words.length - 1; start >= 0; start--) {
    if (words[start][0]?.toLowerCase() !== letters[0]) continue;
    let k = 1;
    let ok = true;
    for (let w = start + 1; w < words.length; w++) {
      const initial = words[w].replace(/^[^A-Za-z&]+/, '')[0]?.toLowerCase();
      if (k < letters.length && initial === letters[k]) k++;
      else if (!SKIPPABLE.has(words[w].toLowerCase().replace(/[^a-z&]/g, ''))) {
        ok = false;
        break;
      }
    }
    if (ok && k === letters.length) return words.slice(start).join(' ').replace(/[,;:]+$/, '');
  }
  return undefined;
}

/** "SF (Long Form)": the reverse form must use the whole bracket, as in "SENDIASS (SEND Information and Advice Support Service)". */
function shortBeforeParens(s: string, m: RegExpExecArray): Span | undefined {
  const word = WORD_BEFORE.exec(s.slice(Math.max(0, m.index - 20), m.index));
  if (!word) return undefined;
  const short = word[1];
  if (!isAcronymLike(short)) return undefined;
  const inner = m[1].trim();
  const long = matchLongForm(short, inner);
  const start = m.index - (word[0].length);
  return plausible(short, long) && long === inner ? { short, long, start, end: start + short.length } : undefined;
}

/**
 * A glossary's or a list of abbreviations' line: the short form first, then the words it stands for after a tab, two
 * spaces or more, a colon or a dash ("EUTR⇥EU Timber Regulation", "FRC  Forest risk commodities", "DfE – Department
 * for Education"), as an annex lists them.
 */
const GLOSSARY_LINE = /^[ \t]*([A-Z][A-Za-z0-9&]{1,11})(?:\t+| {2,}|[ \t]*:[ \t]+|[ \t]+[–—-][ \t]+)([A-Z][^\r\n]{2,120}?)[ \t]*\.?[ \t]*\r?$/;

/**
 * Whether a line can be a glossary's, read from its first word: a capital, up to eleven more letters or digits, and
 * then a tab, a colon, two spaces or a space and a dash. Most lines are prose ("The Department …") and fail at once,
 * which a pattern over the whole text could not do (it took a third of the search for definitions on the bundled report).
 */
function mayListDefinition(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  const first = line.charCodeAt(i);
  if (first < 65 || first > 90) return false;
  const start = i;
  i++;
  while (i - start < 13 && /[A-Za-z0-9&]/.test(line[i] ?? ' ')) i++;
  const c = line.charCodeAt(i);
  if (c === 9 || c === 58) return true;
  if (c !== 32) return false;
  const d = line.charCodeAt(i + 1);
  return d === 32 || d === 9 || d === 58 || d === 0x2013 || d === 0x2014 || d === 45;
}

/** The definition a glossary's line gives, if it is one. */
function listedDefinition(line: string): Span | undefined {
  if (!mayListDefinition(line)) return undefined;
  const m = GLOSSARY_LINE.exec(line);
  return m ? glossaryDefinition(m) : undefined;
}

/**
 * The definition a glossary's line gives: its words must be the whole rest of the line and spell the short form as a
 * bracketed one's do, the last of them opening with its last letter ("DfE  Department for Education accepts …" is a
 * sentence that opens with a short form, not a definition).
 */
function glossaryDefinition(m: RegExpExecArray): Span | undefined {
  const short = m[1];
  const word = !isAcronymLike(short);
  if (word && !NAME_WORD.test(short)) return undefined;
  const inner = m[2].trim();
  const long = word ? initialsLongForm(short, inner) : matchLongForm(short, inner);
  if (!plausible(short, long) || long !== inner) return undefined;
  const last = /[A-Za-z][^\s]*$/.exec(long)?.[0];
  if (last === undefined || last[0].toLowerCase() !== short[short.length - 1].toLowerCase()) return undefined;
  const start = m.index + m[0].indexOf(short);
  return { short, long, start, end: start + short.length };
}

/**
 * A definition found, with the form that found it: short forms in brackets (0) come before long forms (1) on a line,
 * and a glossary's line (2) after both.
 */
type Found = { d: DocumentDefinition; pass: number }[];

/** Two lines as one, as a reader reads them across the break. */
function joinLines(previous: string, s: string): string {
  return joinAtBreak(previous.trimEnd(), s.trimStart());
}

/**
 * Adds the definitions a bracketed phrase on line `s` (number `line`) gives: the short form in it, and the long form
 * in it. `previous` is the line before it when that carries the same text on (not blank, not an annotation).
 */
function addBracketDefinitions(found: Found, s: string, line: number, m: RegExpExecArray, previous = ''): void {
  // Annotation lines are the user's own notes, not report text.
  if (s.charCodeAt(0) === 64) return;
  const add = (pass: number, span: Span | undefined) => {
    if (span) found.push({ d: { ...span, line }, pass });
  };
  if (SHORT_FORM.test(m[1])) add(0, shortInParens(s, m, previous));
  if (m[1].length >= MIN_LONG_FORM) add(1, shortBeforeParens(s, m));
}

/** The definitions in document order: by line, then short forms before long forms, then along the line. */
function inOrder(found: Found): DocumentDefinition[] {
  found.sort((a, b) => a.d.line - b.d.line || a.pass - b.pass || a.d.start - b.d.start);
  return found.map((f) => f.d);
}

/**
 * The line before `line` when a sentence can run on from it: not blank and not an annotation. Lines in `skip` (page
 * furniture) are passed over, as a reader passes over a running header.
 */
export function lineBefore(lines: readonly string[], line: number, skip?: ReadonlySet<number>): string {
  let k = line - 1;
  while (skip && k >= 0 && skip.has(k)) k--;
  const p = k >= 0 ? lines[k] : '';
  return p.trim() && p.charCodeAt(0) !== 64 ? p : '';
}

/** The definitions written on one line (none on annotation lines), reading on from the line before it. */
export function definitionsInLine(s: string, line: number, previous = ''): DocumentDefinition[] {
  const found: Found = [];
  const span = listedDefinition(s);
  if (span) found.push({ d: { ...span, line }, pass: 2 });
  if (s.indexOf('(') < 0) return inOrder(found);
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(s); m; m = BRACKETED.exec(s)) addBracketDefinitions(found, s, line, m, previous);
  return inOrder(found);
}

/** The definitions in a document, in document order: the pattern runs once over the whole text when it is given. */
export function findDefinitions(lines: readonly string[], text?: string, starts?: readonly number[], skip?: ReadonlySet<number>): DocumentDefinition[] {
  if (text === undefined || !starts) return lines.flatMap((s, line) => definitionsInLine(s, line, lineBefore(lines, line, skip)));
  const found: Found = [];
  forEachMatch(text, BRACKETED, starts, (line, m) => {
    if (!skip?.has(line)) addBracketDefinitions(found, lines[line], line, m, lineBefore(lines, line, skip));
  });
  for (let line = 0; line < lines.length; line++) {
    const span = skip?.has(line) ? undefined : listedDefinition(lines[line]);
    if (span) found.push({ d: { ...span, line }, pass: 2 });
  }
  return inOrder(found);
}
