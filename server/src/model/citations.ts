// The one citation reader: "(Paragraph 45)", "(Paras 14, 16 and 20)", "(Para 30-32)", on one line or cut by a line
// break, and where a recommendation's citation ends it. Every rule and feature that reads citations reads them here.
import { wordCount } from './lines';
import { expandParagraphList, isDigit, PARAGRAPH_LIST } from './patterns';
import type { LineState } from './state';
import type { Citation } from './types';

/** "Paragraph", "Paragraphs", "Para", "Paras", "Para.", or the section or paragraph sign ("§", "§§", "¶"): the words a citation starts with. */
const PARAGRAPH_WORD = String.raw`(?:Para(?:graph)?s?\.?|[§¶]{1,2})`;
/** The word and the space after it, or "No." ("(Paragraph No. 45)"); none needed (a sign's "(§45)", a web page's "(para45)"). */
const PARAGRAPH_LEAD = String.raw`(?:Para(?:graph)?s?\.?\s*(?:No\.?\s*)?|[§¶]{1,2}\s*)`;

/** A footnote's marker glued after a citation: "(Paragraph 40)2", "(Paragraph 12)[1]". */
const FOOTNOTE = String.raw`(?:\[\d{1,3}\]|\d{1,2}(?!\d))?`;

/**
 * The recommendation's own number leading its citation: "(Recommendation 3, paragraph 27)", "(Conclusion 2; para 8)";
 * the number in a group of its own when `group` is set.
 */
const ownNumber = (group: boolean) => String.raw`(?:recommendation|conclusion)\s+${group ? String.raw`(\d{1,3})` : String.raw`\d{1,3}`}[a-z]?\s*[,;]\s*`;
/** The most characters of other words before the paragraph's, up to a comma or semicolon. */
const MAX_LEAD = 80;
/**
 * Other words before the paragraph's, a comma or semicolon after them: the report's title or chapter, or where in
 * it ("(First Report of Session 2019–21, HC 123, paragraph 45)", "(Chapter 3, paragraph 12)", "(p. 12, para 4)").
 */
const LEAD = String.raw`[^()[\]]{1,${MAX_LEAD}}?[,;]\s+`;
/**
 * Words that may lead the paragraph's: "(see paragraph 19)", "(cf. para 4)", "(Report, paragraph 27)", the report's
 * House paper number ("(HC 123, para 45)", "(HL Paper 7, paragraph 12)") and the recommendation's own number.
 */
const CITING = String.raw`(?:(?:see|cf\.?)\s+|(?:the\s+)?report,?\s+|H[CL](?:\s+Paper)?\s+\d{1,4}(?:-[IVX]{1,4})?,?\s+|${ownNumber(false)}|${LEAD})?`;
const NUMBER_IN_CITATION = new RegExp(String.raw`[([]${ownNumber(true)}Para`, 'i');

/** The number a citation on `line` gives its recommendation ("… (Recommendation 3, paragraph 27)": "3"), if one does. */
export function numberInCitation(line: string): string | undefined {
  return NUMBER_IN_CITATION.exec(line)?.[1];
}

/**
 * The recommendation's own number in brackets ending its words, where some responses give it in the citation's place:
 * "… within twelve months. (Recommendation 3)", "[R4]". Group 1: the number. Tried only at the line's last bracket.
 */
const NUMBER_TAG = /[([](?:Recommendation|Rec\.?|R)[ \t]*(\d{1,3})[)\]][.*_]*[ \t]*$/iy;
/** "(Recommendation 123)" is about as long as a tag gets. */
const MAX_TAG = 24;

/** The number tag that ends line `s`, if one does (its index is where it starts). */
export function numberTagAt(s: string): RegExpExecArray | null {
  let e = s.length - 1;
  while (e >= 0 && (s.charCodeAt(e) <= 32 || s.charCodeAt(e) === 46 || s.charCodeAt(e) === 42 || s.charCodeAt(e) === 95)) e--;
  const c = s.charCodeAt(e);
  if (c !== 41 && c !== 93) return null;
  const open = openingNearEnd(s.slice(0, e), MAX_TAG);
  if (open < 0) return null;
  NUMBER_TAG.lastIndex = open;
  return NUMBER_TAG.exec(s);
}

/** Each version's count of lines ending with such a tag, counted when first asked for. */
const tagCounts = new WeakMap<readonly string[], number>();

/**
 * True when `s`, one of `lines`, ends with a number tag, in a document where two lines or more do (one alone may be a
 * reply's cross-reference, "… as we said in our earlier response (Recommendation 3)").
 */
export function endsWithNumberTag(lines: readonly string[], s: string): boolean {
  if (!numberTagAt(s)) return false;
  let n = tagCounts.get(lines);
  if (n === undefined) {
    n = 0;
    for (const line of lines) if (numberTagAt(line)) n++;
    tagCounts.set(lines, n);
  }
  return n >= 2;
}

/** True when the line holds an opening bracket, round or square: a citation, or a number's tag in its place, may stand in it. */
export function holdsBracket(s: string): boolean {
  return s.indexOf('(') >= 0 || s.indexOf('[') >= 0;
}

/** True when a paragraph's (or a block's) last line ends at its citation (one a line break cut too), as a recommendation's words do. */
export function endsAtItsCitation(state: Pick<LineState, 'lines'>, p: { readonly lines: readonly number[] }): boolean {
  const n = p.lines.length;
  return endsCitation(state.lines[p.lines[n - 1]], n > 1 ? state.lines[p.lines[n - 2]] : undefined);
}

/**
 * "of the report" after the numbers: "(Paragraph 40 of the report)", "(… of the First Report)"; or "refers" ("(Para 12
 * refers)"); or the recommendation's number ("(Paragraph 12 and Recommendation 3)", "(…; Recommendation 3)"), or the
 * House paper's ("(Paragraph 12, HC 123)"); or the page: "(Paragraph 45, page 12)", "(para 4;
 * p. 7)"; or the chapter, "(paragraph 12, Chapter 2)"; or other paragraphs seen also, "(Paragraph 12; see also
 * paragraph 30)" (the first cited); or which of the committee's reports, "(Paragraph 18, 2nd Report)", "(para 4, Fifth
 * Report of Session 2022–23)"; and a full stop inside the bracket, "(Paragraph 12.)".
 */
const OF_REPORT = String.raw`(?:\s+of\s+(?:the|our|this|its)\s+(?:[\w-]{1,12}\s+)?(?:Special\s+)?report|\s+refers|[,;]?\s+(?:and\s+)?(?:recommendation|conclusion)\s+\d{1,3}[a-z]?|,\s*H[CL](?:\s+Paper)?\s+\d{1,4}(?:-[IVX]{1,4})?|[,;]\s*(?:page|pp?\.?)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?|,\s*(?:Chapter|Section|Part)\s+\w{1,4}|,\s*(?:the\s+)?[\w-]{1,12}\s+(?:Special\s+)?Report(?:\s+of\s+(?:Session\s+)?\d{4}(?:[–-]\d{2,4})?)?|;\s*see\s+also\s+[^()[\]]{1,60}?)?\.?`;

/**
 * "(Paragraph 45)", "(Paragraphs 45 and 46)", "(Paragraph 45, 46)", "(Para 41)", "(Paras 14, 16, 20)", "(Para 30-32)",
 * in square brackets too ("[Paragraph 23]"), and "(Paragraph 40 of the report)".
 */
const CITATION = new RegExp(String.raw`[([](?:\*\*)?${CITING}${PARAGRAPH_LEAD}(${PARAGRAPH_LIST})${OF_REPORT}(?:\*\*)?[)\]]`, 'iy');

/** A block that is nothing but a citation: "(Paragraph 27)" on a line of its own. */
export const CITATION_ONLY = new RegExp(String.raw`^\s*[([]${CITING}${PARAGRAPH_LEAD}${PARAGRAPH_LIST}${OF_REPORT}[)\]]\s*$`, 'i');

/** A citation that ends its line, "(Paragraph 45)." or "[Para 41]", tried only at the line's last bracket that opens. */
const CITATION_AT_END = new RegExp(String.raw`[([]${CITING}${PARAGRAPH_LEAD}${PARAGRAPH_LIST}${OF_REPORT}[)\]]${FOOTNOTE}[.*_]*\s*$`, 'iy');

/** "(Paragraph", "(Para 4" or "[Para 4 of the" left open at a line's end: a citation a hard line break cut. */
export const OPEN_CITATION = new RegExp(String.raw`[([](?:\*\*)?${PARAGRAPH_WORD}(?:\s*[\d.,–—\-\s]*(?:(?:and|to)[\d.\s]*)?(?:of(?:\s+(?:the|our|this|its))?\s*)?)?$`, 'i');
/**
 * The end of such a citation on the next line: "20)", "21 and 22).", "report)", "the report]". Each number is whole
 * (no digit after it), so a run of digits is read one way only: read as any number of numbers of up to four digits,
 * a line of 32 digits took 11 seconds to be found no citation, and each digit more doubled it.
 */
const CLOSE = String.raw`^\s*(?:(?:(?:,|and|&|to|–|—|-)\s*)?(?:\d{1,4}(?:\.\d{1,3})?(?!\d)(?:\s*(?:,|and|&|to|–|—|-)\s*)?)+(?:\s+of\s+(?:the|our|this|its)\s+report)?|(?:of\s+)?(?:(?:the|our|this|its)\s+)?report)[)\]]`;
export const CITATION_CLOSE = new RegExp(String.raw`${CLOSE}[.*_]*\s*$`);
/** The same end at a line's start, whatever follows it: "3 of the report) Response: We agree …". */
export const CITATION_CLOSE_AT_START = new RegExp(CLOSE);

/** A citation at the very end of a text: what a recommendation's words end with. */
const TRAILING_CITATION = new RegExp(String.raw`^[([](?:\*\*)?${CITING}(?:Para(?:graph)?s?\.?(?:\s|(?=\d))|[§¶])[^)\]]*[)\]][\s*._]*$`, 'i');

/**
 * Where the last bracket that may open a citation stands in `s`, "(" or "[": -1 when there is none. One pass back
 * from the end: `lastIndexOf` is a call into the engine's runtime, and two of them cost more than the loop.
 */
export function lastOpening(s: string): number {
  return openingNearEnd(s, s.length);
}

/** The same among the last `within` characters only: a line's end is read without searching the whole line back. */
function openingNearEnd(s: string, within: number): number {
  for (let i = s.length - 1, stop = Math.max(0, s.length - within); i >= stop; i--) {
    const c = s.charCodeAt(i);
    if (c === 40 /* ( */ || c === 91 /* [ */) return i;
  }
  return -1;
}

/** One paragraph number a line cites, and where the citation stands on the line. */
export interface CitationSpan {
  paragraph: number;
  start: number;
  end: number;
}

const NO_SPANS: readonly CitationSpan[] = Object.freeze([]);

/** True when the line ends with a citation: in a layout with no blank lines, it ends its recommendation. */
export function endsWithCitation(line: string): boolean {
  const end = closeAtEnd(line);
  if (end < 0) return false;
  const open = line.lastIndexOf(line.charCodeAt(end) === 41 ? '(' : '[', end);
  if (open < 0) return false;
  CITATION_AT_END.lastIndex = open;
  return CITATION_AT_END.test(line);
}

/**
 * Where the bracket that closes line `line` stands, before a footnote's marker, full stops, bold or italic marks and
 * spaces (")", ")." or ")**" or ")_"): -1 when the line ends otherwise. Most lines are settled by their last characters alone.
 */
function closeAtEnd(line: string): number {
  let end = line.length - 1;
  while (end >= 0 && line.charCodeAt(end) <= 32) end--;
  while (end >= 0 && (line.charCodeAt(end) === 46 /* . */ || line.charCodeAt(end) === 42 /* * */ || line.charCodeAt(end) === 95) /* _ */) end--;
  end = beforeFootnote(line, end);
  const close = line.charCodeAt(end);
  return close === 41 /* ) */ || close === 93 /* ] */ ? end : -1;
}

/** Where a footnote's marker glued after a bracket ends at `end` ("…)2", "…)[1]"), the bracket's index; else `end`. */
function beforeFootnote(line: string, end: number): number {
  let i = end;
  const c = line.charCodeAt(i);
  if (c === 93 /* ] */) {
    i--;
    while (i >= 0 && end - i <= 3 && isDigit(line.charCodeAt(i))) i--;
    if (i === end - 1 || line.charCodeAt(i) !== 91 /* [ */) return end;
    i--;
  } else {
    while (i >= 0 && end - i < 2 && isDigit(line.charCodeAt(i))) i--;
    if (i === end) return end;
  }
  const before = line.charCodeAt(i);
  return before === 41 /* ) */ || before === 93 /* ] */ ? i : end;
}

/** True when a citation is left open at the line's end ("… (para." or "[Paragraphs 4 and"): a line break cut it. */
export function leavesCitationOpen(line: string): boolean {
  return openCitationAt(line) >= 0;
}

/** Where the citation a line leaves open starts ("Recommendation 1 (paragraph": its bracket); -1 when it leaves none. */
export function openCitationAt(line: string): number {
  const open = openingNearEnd(line, 40);
  return open >= 0 && OPEN_CITATION.test(line.slice(open)) ? open : -1;
}

/**
 * The end of a citation that a line break cut before its paragraph's word, on the next line, the citation's other
 * words (LEAD) cut: "123, paragraph 45)" after "(First Report of Session 2022–23, HC", "Report …, para 60)." after
 * "(First", or the word itself: "paragraph 45)" after "(HC 123,".
 */
const CLOSE_WITH_WORD = new RegExp(String.raw`^\s*(?:[^()[\]]{1,${MAX_LEAD}}?[,;]\s+)?${PARAGRAPH_LEAD}${PARAGRAPH_LIST}${OF_REPORT}[)\]]${FOOTNOTE}[.*_]*\s*$`, 'i');

/**
 * Where a bracket opens among the last `within` characters of `s` and nothing closes it after: -1 when none does
 * (or one closes after the last that opens).
 */
function unclosedNearEnd(s: string, within: number): number {
  for (let i = s.length - 1, stop = Math.max(0, s.length - within); i >= stop; i--) {
    const c = s.charCodeAt(i);
    if (c === 41 /* ) */ || c === 93 /* ] */) return -1;
    if (c === 40 /* ( */ || c === 91 /* [ */) return i;
  }
  return -1;
}

/** As many characters as a cut citation's part on the line before may have: its other words, a comma and a space. */
const CUT_HEAD = MAX_LEAD + 2;

/** True when `line` ends a citation: the whole citation, or its end after a break inside it (`before` is the line before). */
export function endsCitation(line: string, before: string | undefined): boolean {
  if (endsWithCitation(line)) return true;
  if (before === undefined || closeAtEnd(line) < 0) return false;
  if (CITATION_CLOSE.test(line) && OPEN_CITATION.test(before)) return true;
  if (!CLOSE_WITH_WORD.test(line)) return false;
  const open = unclosedNearEnd(before, CUT_HEAD);
  return open >= 0 && endsWithCitation(before.slice(open).trimEnd() + ' ' + line.trimStart());
}

/** The citations on one line of text. */
export function citationSpans(s: string): readonly CitationSpan[] {
  // Every citation starts "(P", "(p", "(**" or "(§", or the same after "[": most lines have none of these, and are settled
  // without the pattern, which is tried only where one stands (a pattern that starts with either bracket is slow to
  // find its own starts). Each bracket's search goes forward only: a line is read once, however many it has.
  let out: CitationSpan[] | undefined;
  let round = openingAfter(s, '(', 0);
  let square = openingAfter(s, '[', 0);
  while (round >= 0 || square >= 0) {
    const at = round < 0 ? square : square < 0 ? round : Math.min(round, square);
    CITATION.lastIndex = at;
    const m = CITATION.exec(s);
    const next = m ? at + m[0].length : at + 1;
    if (m) {
      out ??= [];
      for (const paragraph of expandParagraphList(m[1])) out.push({ paragraph, start: at, end: next });
    }
    if (round >= 0 && round < next) round = openingAfter(s, '(', next);
    if (square >= 0 && square < next) square = openingAfter(s, '[', next);
  }
  return out ? exactly(out) : NO_SPANS;
}

/**
 * Where the first "(P", "(p", "(*", "(§" or "(¶" (`bracket` then one of those) stands in `s` from `from` on, or "(s",
 * "(c", "(R", "(r", "(t", "(H" that may lead one ("(see paragraph 19)", "(Report, paragraph 27)", "(HC 123, para 4)");
 * -1 when none does.
 */
function openingAfter(s: string, bracket: string, from: number): number {
  for (let at = s.indexOf(bracket, from); at >= 0; at = s.indexOf(bracket, at + 1)) {
    const c = s.charCodeAt(at + 1) | 32;
    if (c === 112 /* p */ || c === 42 /* * */ || c === 167 /* § */ || c === 182 /* ¶ */ || c === 115 /* s */ || c === 99 /* c */ || c === 114 /* r */ || c === 116 /* t */ || c === 104 /* h */) return at;
    if (leadsToParagraph(s, at)) return at;
  }
  return -1;
}

/**
 * Whether the bracket at `at` holds other words (LEAD) and then, after a comma or semicolon, the paragraph's ("(First
 * Report …, paragraph 45)"): read over MAX_LEAD characters at most, to the bracket's close.
 */
function leadsToParagraph(s: string, at: number): boolean {
  for (let i = at + 1, end = Math.min(s.length, at + MAX_LEAD + 2); i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 41 /* ) */ || c === 93 /* ] */ || c === 40 /* ( */ || c === 91 /* [ */) return false;
    if (c !== 44 /* , */ && c !== 59 /* ; */) continue;
    let j = i + 1;
    while (s.charCodeAt(j) === 32) j++;
    const w = s.charCodeAt(j);
    if (((w | 32) === 112 /* p */ && s.startsWith('ara', j + 1)) || w === 167 || w === 182) return true;
  }
  return false;
}

/**
 * The same items in an array just big enough for them. An array that grew by push from empty keeps room for sixteen;
 * a model holds thousands of one-item arrays, and that room would be a quarter of it.
 */
export function exactly<T>(items: T[]): T[] {
  return items.length === 0 ? [] : items.length === 1 ? [items[0]] : items.slice();
}

/** Citations "(Paragraph N)" in the given lines of a paragraph, also where a line break falls inside one. */
export function findCitations(state: Pick<LineState, 'lines' | 'citationsOn'>, lineNumbers: readonly number[]): Citation[] {
  const lines = state.lines;
  const out: Citation[] = [];
  for (let k = 0; k < lineNumbers.length; k++) {
    const line = lineNumbers[k];
    for (const c of state.citationsOn(line)) {
      out.push({ paragraph: c.paragraph, range: { start: { line, character: c.start }, end: { line, character: c.end } } });
    }
    // A bracket left open near the line's end may hold a citation that the next line ends.
    const open = k + 1 < lineNumbers.length ? unclosedNearEnd(lines[line], CUT_HEAD) : -1;
    if (open >= 0) out.push(...citationAcrossLines(lines, line, open, lineNumbers[k + 1]));
  }
  return exactly(out);
}

/** The citation that starts at `column` of `line` and ends on line `next` ("(Paragraph" / "45)", "(HC" / "123, para 4)"). */
function citationAcrossLines(lines: readonly string[], line: number, column: number, next: number): Citation[] {
  const head = lines[line].slice(column);
  const tail = lines[next];
  const round = tail.indexOf(')');
  const square = tail.indexOf(']');
  const close = round < 0 ? square : square < 0 ? round : Math.min(round, square);
  if (close < 0 || close > CUT_HEAD + 40) return [];
  const spans = citationSpans(head.trimEnd() + ' ' + tail.slice(0, close + 1).trimStart());
  const range = { start: { line, character: column }, end: { line: next, character: close + 1 } };
  return spans.filter((c) => c.start === 0).map((c) => ({ paragraph: c.paragraph, range }));
}

/** The paragraph numbers cited, each once, in the order first cited. */
export function citedParagraphs(citations: readonly Citation[]): number[] {
  const out: number[] = [];
  for (const c of citations) if (!out.includes(c.paragraph)) out.push(c.paragraph);
  return exactly(out);
}

/** The text without a trailing "(Paragraph N)" citation. */
export function withoutTrailingCitation(text: string): string {
  const open = lastOpening(text);
  if (open < 0) return text;
  const tail = text.slice(open);
  return TRAILING_CITATION.test(tail) ? text.slice(0, open).trimEnd() : text;
}

/** True when the text from its last "(" or "[" on is a trailing citation. */
export function isTrailingCitation(tail: string): boolean {
  return TRAILING_CITATION.test(tail);
}

/**
 * A line's facts about citations that decide where a block ends: an edit that keeps them cannot move a block's end.
 * (The words after a bracket left open near its end are among them: the next line may close a citation it opens.)
 */
export function citationEndSignature(s: string): string {
  const open = unclosedNearEnd(s, CUT_HEAD);
  return [endsWithCitation(s), open >= 0 ? s.slice(open) : '', CITATION_CLOSE.test(s) || CLOSE_WITH_WORD.test(s) ? s.trim() : ''].join('|');
}

/**
 * What may stand between the citation and the reply: a footnote's marker glued to it ("2", "[1]"), a full stop or a
 * colon, spaces, a bold marker, a cell's edge ("|"), a dash ("(Paragraph 12) – Accepted", as a heading gives the
 * decision after its citation; a hyphen with a space after it).
 */
const BETWEEN = /(?:\[\d{1,3}\]|\d{1,2}(?!\d))?[ \t]*[.:]?(?:\*\*)?[ \t|]*(?:(?:[–—]|-(?=[ \t]))[ \t]*)?/y;
/** A reply has words: a letter or a digit. */
const WORDS = /[\p{L}\d]/u;
/** A reply cell starts as a sentence or a cell does; "(Paragraph 5), funding rose …" goes on with the same sentence. */
const CELL_START = /^["“‘'(\p{Lu}\d]/u;

/** Where a reply cell starts after a citation that ends at `end` of the line, or -1 when no words follow it as a cell's do. */
export function replyAfter(line: string, end: number): number {
  BETWEEN.lastIndex = end;
  BETWEEN.test(line);
  const at = BETWEEN.lastIndex;
  const rest = line.slice(at);
  return WORDS.test(rest) && CELL_START.test(rest) ? at : -1;
}

/** A line that opens as a sentence or a table's first cell does: a capital, after bold marks or a quotation mark. */
const ROW_OPENS = /^[ \t]*(?:\*\*)?["“‘']?\p{Lu}/u;
/**
 * The fewest words a recommendation's words have before their citation, where nothing else says they are one (no
 * number, no label): a sentence, not a label or a heading with its citation.
 */
export const MIN_CITED_WORDS = 5;

/**
 * True when line `s` reads as a flattened table's row on its own line: it opens as a sentence does, words of its own
 * end at a citation, and a cell's words follow it, whatever they say ("The Ministry should publish its assessment.
 * (Para 14) The Ministry has published a summary …"). (`spans`: the line's citations.)
 */
export function citedThenCell(s: string, spans: readonly CitationSpan[]): boolean {
  if (!spans.length || !ROW_OPENS.test(s)) return false;
  for (const c of spans) if (replyAfter(s, c.end) >= 0 && wordCount(s.slice(0, c.start), MIN_CITED_WORDS) >= MIN_CITED_WORDS) return true;
  return false;
}

/** True when a citation on the line has a cell's words after it ("… (Para 21) The MoD will …"), whatever opens the line. */
export function citedThenWords(s: string, spans: readonly CitationSpan[]): boolean {
  for (const c of spans) if (replyAfter(s, c.end) >= 0) return true;
  return false;
}

/**
 * The citations a label or heading gives with no brackets ("Recommendation 4 — paragraph 12") on line `line`: `bare` is
 * the pattern's match on it, its group 1 the paragraphs. One range, the numbers', for each.
 */
export function unbracketedCitations(line: number, bare: RegExpExecArray): Citation[] {
  const at = bare.index + bare[0].indexOf(bare[1]);
  const range = { start: { line, character: at }, end: { line, character: at + bare[1].length } };
  return expandParagraphList(bare[1]).map((paragraph) => ({ paragraph, range }));
}
