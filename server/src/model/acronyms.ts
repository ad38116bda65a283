// Finds acronym-like tokens ("EHC", "WSoA", "LAs", "DSG's", "SEN2") with their positions; leaves names, postcodes and handles alone.
import { forEachMatch } from './textIndex';

export interface AcronymToken {
  /** As written, without a plural or possessive ending: "LA" for "LAs", "DSG" for "DSG's". */
  base: string;
  /** As written in full. */
  text: string;
  line: number;
  start: number;
  end: number;
}

/**
 * A candidate: a capital, at most two lower-case letters or digits, another capital, then the rest of the word
 * and an optional possessive. Every acronym has two capitals that close together, so ordinary capitalised
 * words ("The", "Ofsted") fail on their second or third character and the scan stays close to one regex pass.
 */
const CANDIDATE = /(?<![A-Za-z0-9@.])[A-Z][a-z0-9]{0,2}[A-Z][A-Za-z0-9]*(?:['’]s)?(?![A-Za-z0-9])/g;
const LOWER_RUN = /[a-z]{3,}/;
/** "II", "IV", "XII": a Roman numeral of I, V and X ("Recommendation IV") is a number, not an acronym. */
const ROMAN = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;
/** "SW1A 0AA": a UK postcode's outward and inward codes. */
const POSTCODE_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_INWARD = /^\s+\d[A-Z]{2}\b/;

/** Strips a possessive ("DSG's") or a plural ("LAs", "EHCPs") ending. */
export function acronymBase(token: string): string {
  let t = token.replace(/['’]s$/, '');
  if (t.length > 2 && t.endsWith('s') && /[A-Z0-9]$/.test(t.slice(0, -1))) t = t.slice(0, -1);
  return t;
}

/** At least two capitals, capitals at least half the letters, no run of three lower-case letters, 2 to 10 characters. */
export function isAcronymLike(base: string): boolean {
  if (base.length < 2 || base.length > 10) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const first = base.charCodeAt(0);
  return first >= 65 && first <= 90 && upper >= 2 && upper >= lower && !LOWER_RUN.test(base);
}

interface Span {
  base: string;
  text: string;
  start: number;
  end: number;
}

/** The acronym a candidate match on line `s` is, if it is one. */
function spanOf(s: string, m: RegExpExecArray): Span | undefined {
  const text = m[0];
  // "https://ABC…": part of an address.
  if (s[m.index - 1] === '/' && s[m.index - 2] === '/') return undefined;
  const base = acronymBase(text);
  if (!isAcronymLike(base) || ROMAN.test(base)) return undefined;
  if (POSTCODE_OUTWARD.test(base) && POSTCODE_INWARD.test(s.slice(m.index + text.length, m.index + text.length + 5))) return undefined;
  return { base, text, start: m.index, end: m.index + text.length };
}

/** The acronym tokens of one line. */
export function acronymsInLine(s: string, line: number, out: AcronymToken[] = []): AcronymToken[] {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(s); m; m = CANDIDATE.exec(s)) {
    const span = spanOf(s, m);
    if (span) out.push({ base: span.base, text: span.text, line, start: span.start, end: span.end });
  }
  return out;
}

/**
 * The acronym tokens of a document. Given the whole text and where its lines start, one pass of the pattern over the
 * text replaces tens of thousands of per-line passes.
 */
export function findAcronyms(lines: readonly string[], text?: string, starts?: readonly number[]): AcronymToken[] {
  const out: AcronymToken[] = [];
  if (text === undefined || !starts) {
    lines.forEach((s, i) => {
      // Annotation lines are the user's own notes, not report text.
      if (s.charCodeAt(0) !== 64) acronymsInLine(s, i, out);
    });
    return out;
  }
  forEachMatch(text, CANDIDATE, starts, (line, m) => {
    const s = lines[line];
    if (s.charCodeAt(0) === 64) return;
    const span = spanOf(s, m);
    if (span) out.push({ base: span.base, text: span.text, line, start: span.start, end: span.end });
  });
  return out;
}
