// parse(text) → Report: finds sections, recommendations and responses, and maps each response to what it answers. Never throws.
import { furnitureLines, lineMatch, readParagraphs, splitLines } from './paragraphs';
import {
  ANNOTATION,
  CITATION,
  expandNumberList,
  OPEN_CITATION,
  PARAGRAPH_HEADING,
  RESPONSE_FROM_HEADING,
  rowStatus,
  STANCE_LABEL,
  TARGET_DATE,
  isDigit,
  isEndMatter,
} from './patterns';
import { isBinary } from './binary';
import { isBareNumberRule, isLabelledRule, isResponseHeading } from './rules';
import { findReferences, keywordOffsets } from './references';
import { lineStarts } from './textIndex';
import { reparseOneLine } from './incremental';
import { alignLines, lineResult, startLineTable, type LineMap } from './lineTable';
import { readSections } from './sections';
import { bestMatchByWords, contentWords } from './words';
import type {
  Annotation,
  AnnotationKind,
  Citation,
  Group,
  Paragraph,
  Range,
  Recommendation,
  Report,
  ReportPart,
  Response,
} from './types';

const DEFAULT_SHORT_TITLE_WORDS = 8;

export interface ParseOptions {
  shortTitleWords?: number;
  /**
   * The model of the document's previous version. The result is the same as without it; the scans of the lines an
   * edit left alone are reused instead of repeated, which is what keeps re-analysis after a keystroke fast.
   */
  previous?: Report;
}

interface PreviousVersion {
  report: Report;
  map: LineMap;
}

const previousVersions = new WeakMap<Report, PreviousVersion>();
/** Where each model's recommendations part starts (a paragraph index): the keystroke path lays out sections as the parse did. */
const startsOf = new WeakMap<Report, number>();

/** The paragraph index where the recommendations part starts, as the parse found it (its first recommendation, or the report part holding it). */
export function recommendationsStart(report: Report): number {
  return startsOf.get(report) ?? report.recommendations[0]?.paragraphIndex ?? report.paragraphs.length;
}
const lineStartsOf = new WeakMap<Report, readonly number[]>();

/**
 * The lines an edit changed, when it kept the number of lines and changed at most `max` of them, with the version it
 * was made from: for features that patch their own results instead of recomputing them.
 */
export function editedLines(report: Report, max = 3): { previous: Report; lines: number[] } | undefined {
  const before = previousVersions.get(report);
  if (!before || before.report.lineCount !== report.lineCount) return undefined;
  // Lines that became page furniture, or stopped being it, change how lines the edit did not touch are read.
  if (before.report.furniture.join() !== report.furniture.join()) return undefined;
  const lines: number[] = [];
  for (let i = 0; i < report.lineCount; i++) {
    if (before.map(i) === i) continue;
    lines.push(i);
    if (lines.length > max) return undefined;
  }
  return { previous: before.report, lines };
}

/**
 * `items` (in line order) with those on the `changed` lines (ascending) replaced by `scan(line)`: a feature's result for
 * the previous version brought up to date after an edit that kept the line count, as `editedLines` gives it. The items
 * replaced are added to `replaced` when it is given.
 */
export function withLinesReplaced<T extends { line: number }>(
  items: readonly T[],
  changed: readonly number[],
  scan: (line: number) => T[],
  replaced?: T[],
): T[] {
  const out: T[] = [];
  let next = 0;
  for (const line of changed) {
    while (next < items.length && items[next].line < line) out.push(items[next++]);
    for (; next < items.length && items[next].line === line; next++) replaced?.push(items[next]);
    for (const item of scan(line)) out.push(item);
  }
  while (next < items.length) out.push(items[next++]);
  return out;
}

/** The offset in report.text where each line starts. */
export function reportLineStarts(report: Report): readonly number[] {
  let starts = lineStartsOf.get(report);
  if (!starts) {
    starts = lineStarts(report.text, report.lines);
    lineStartsOf.set(report, starts);
  }
  return starts;
}

/** The version a model was parsed from, and how its lines match, while it is the newest; for features' own reuse. */
export function previousVersion(report: Report): PreviousVersion | undefined {
  return previousVersions.get(report);
}

/** Parses a report. Any input, however malformed, gives a model: unknown parts are plain text. */
export function parse(text: string, options: ParseOptions = {}): Report {
  const source = typeof text === 'string' ? text : '';
  if (isBinary(source)) return binaryReport(source);
  // Looked for once: both the line split and the line ending need it, and a text without one is read to its end.
  const firstCr = source.indexOf('\r');
  // The line starts are found on the same pass (the seed: 3.7 µs less than reading the text again for them).
  const starts: number[] = [];
  const lines = splitLines(source, firstCr, starts);
  // Before anything else reads the lines, while the text is in the cache (see keywordOffsets).
  const keywords = options.previous ? undefined : keywordOffsets(source);
  const previous = options.previous;
  const map = previous ? alignLines(previous.lines, lines) : undefined;
  startLineTable(lines, previous?.lines, map);
  const shortTitleWords = options.shortTitleWords ?? DEFAULT_SHORT_TITLE_WORDS;
  const patched = previous && map && reparseOneLine(previous, source, lines, map, shortTitleWords);
  if (patched) {
    startsOf.set(patched, recommendationsStart(previous!));
    return linked(patched, previous, map!, shiftedStarts(previous!, map!.head, lines[map!.head].length - previous!.lines[map!.head].length));
  }
  const paragraphs = readParagraphs(lines);
  const builder = new ReportBuilder(lines, paragraphs, shortTitleWords);
  const built = builder.build();
  const start = builder.start;
  const report: Report = { ...built, text: source, references: findReferences(source, lines, starts, built.paragraphs, keywords), eol: eolOf(source, firstCr) };
  startsOf.set(report, start);
  return linked(report, previous, map, starts);
}

/** The previous version's line starts, moved by `delta` after the one edited line. */
function shiftedStarts(previous: Report, line: number, delta: number): number[] {
  const starts = reportLineStarts(previous).slice();
  for (let i = line + 1; i < starts.length; i++) starts[i] += delta;
  return starts;
}

/** Records a model's line starts and, while it is the newest, the version it was parsed from. */
function linked(report: Report, previous: Report | undefined, map: LineMap | undefined, starts: readonly number[]): Report {
  lineStartsOf.set(report, starts);
  if (previous && map) {
    // Only two versions are linked at a time, so old models can be collected.
    previousVersions.delete(previous);
    previousVersions.set(report, { report: previous, map });
  }
  return report;
}

/** The model of a file that is not text: nothing in it is read. */
function binaryReport(text: string): Report {
  return {
    lineCount: 1, eol: '\n', text, lines: [''], paragraphs: [], sections: [], recommendations: [], responses: [], groups: [],
    annotations: [], references: [], parts: [], layouts: [], furniture: [], binary: true,
  };
}

function eolOf(text: string, cr: number): string {
  if (cr < 0) return '\n';
  return text[cr + 1] === '\n' ? '\r\n' : '\r';
}

const NO_SPANS: readonly { paragraph: number; start: number; end: number }[] = Object.freeze([]);

/** Citation spans of a line's text. */
function citationSpans(s: string): readonly { paragraph: number; start: number; end: number }[] {
  // Every citation starts "(P", "(p" or "(**": most lines have none of these, and are settled without the pattern.
  if (!hasCitationOpening(s)) return NO_SPANS;
  const out: { paragraph: number; start: number; end: number }[] = [];
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(s); m; m = CITATION.exec(s)) {
    for (const paragraph of expandNumberList(m[1])) out.push({ paragraph, start: m.index, end: m.index + m[0].length });
  }
  return exactly(out);
}

/** True when "(P", "(p" or "(*" is in `s`: one pass over it, from bracket to bracket (three searches took three). */
function hasCitationOpening(s: string): boolean {
  for (let at = s.indexOf('('); at >= 0; at = s.indexOf('(', at + 1)) {
    const c = s.charCodeAt(at + 1);
    if (c === 80 /* P */ || c === 112 /* p */ || c === 42 /* * */) return true;
  }
  return false;
}

/**
 * The same items in an array just big enough for them. An array that grew by push from empty keeps room for sixteen;
 * a model holds thousands of one-item arrays, and that room would be a quarter of it.
 */
function exactly<T>(items: T[]): T[] {
  return items.length === 0 ? [] : items.length === 1 ? [items[0]] : items.slice();
}

/** Citations "(Paragraph N)" in the given lines of a paragraph, also where a line break falls inside one. */
export function findCitations(lines: readonly string[], lineNumbers: readonly number[]): Citation[] {
  const out: Citation[] = [];
  for (let k = 0; k < lineNumbers.length; k++) {
    const line = lineNumbers[k];
    for (const c of lineResult(lines, 'citations', line, citationSpans)) {
      out.push({ paragraph: c.paragraph, range: { start: { line, character: c.start }, end: { line, character: c.end } } });
    }
    const s = lines[line];
    if (k + 1 < lineNumbers.length && s.lastIndexOf('(') > s.length - 24 && s.indexOf('ara', s.lastIndexOf('(')) >= 0) {
      const open = OPEN_CITATION.exec(s);
      if (open) out.push(...citationAcrossLines(lines, line, open.index, lineNumbers[k + 1]));
    }
  }
  return exactly(out);
}

/** The citation that starts at `column` of `line` and ends on line `next`. */
function citationAcrossLines(lines: readonly string[], line: number, column: number, next: number): Citation[] {
  const head = lines[line].slice(column);
  const tail = lines[next];
  const close = tail.indexOf(')');
  if (close < 0 || close > 40) return [];
  const spans = citationSpans(head.trimEnd() + ' ' + tail.slice(0, close + 1).trimStart());
  const range = { start: { line, character: column }, end: { line: next, character: close + 1 } };
  return spans.filter((c) => c.start === 0).map((c) => ({ paragraph: c.paragraph, range }));
}

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
  if (head.includes('**')) head = head.replace(/\*\*/g, '');
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
const TITLE_TRAILER = /[\s,;:.–—-]/;

/** "7. " or "**7.** " opening the words under a heading. */
const REPEATED_NUMBER = /^\s*(?:\*\*)?\d{1,4}[.)](?:\*\*)?\s+/;

/**
 * The words line `i` of a recommendation's paragraph gives its text: the line trimmed, and on the first line only what
 * follows the number (`prefix` characters) and a bold marker after it.
 */
function linePiece(lines: readonly string[], p: Paragraph, prefix: number, i: number): string {
  const line = lines[p.lines[i]];
  if (i === 1 && prefix >= lines[p.lines[0]].length) {
    // Under a "Recommendation 7" heading, the words may start with the number again: "7. The Department should …".
    const repeated = REPEATED_NUMBER.exec(line);
    if (repeated) return line.slice(repeated[0].length).trim();
  }
  if (i > 0) return line.trim();
  const words = line.slice(prefix).trim();
  return words.startsWith('**') ? words.slice(2) : words;
}

/**
 * A recommendation's words: its lines joined, without the leading number (which `prefix` characters of the first
 * line hold, leading spaces included) or a bold marker left after it.
 */
export function recommendationText(lines: readonly string[], p: Paragraph, prefix: number): string {
  let out = linePiece(lines, p, prefix, 0);
  for (let i = 1; i < p.lines.length; i++) out += ' ' + linePiece(lines, p, prefix, i);
  return out;
}

/** The text without a trailing "(Paragraph N)" citation. */
export function withoutTrailingCitation(text: string): string {
  const open = text.lastIndexOf('(');
  if (open < 0) return text;
  const tail = text.slice(open);
  return TRAILING_CITATION.test(tail) ? text.slice(0, open).trimEnd() : text;
}

const TRAILING_CITATION = /^\((?:\*\*)?Paragraphs?\s[^)]*\)[\s*]*$/i;

function wordCount(s: string, atMost: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length && count <= atMost; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * `shortTitleOf(withoutTrailingCitation(recommendationText(…)), words)`, reading only the lines the first words stand
 * on instead of joining the whole (often very long) recommendation: the trailing citation is found from the last
 * lines, and joining stops once one word more than the title needs is known.
 */
export function recommendationShortTitle(lines: readonly string[], p: Paragraph, prefix: number, words: number): string {
  const want = Math.max(1, words);
  const pieces: string[] = [];
  const piece = (i: number) => (pieces[i] ??= linePiece(lines, p, prefix, i));
  // The citation starts at the last "(" of the text: on the last line that has one (no line after it has any).
  let citeLine = -1;
  let citeAt = -1;
  for (let i = p.lines.length - 1; i >= 0 && citeLine < 0; i--) {
    const at = piece(i).lastIndexOf('(');
    if (at >= 0) [citeLine, citeAt] = [i, at];
  }
  if (citeLine >= 0) {
    let tail = piece(citeLine).slice(citeAt);
    for (let i = citeLine + 1; i < p.lines.length; i++) tail += ' ' + piece(i);
    if (!TRAILING_CITATION.test(tail)) citeLine = -1;
  }
  let head = '';
  for (let i = 0; i < p.lines.length; i++) {
    if (i === citeLine) {
      const before = piece(i).slice(0, citeAt);
      head = (i === 0 ? before : head + ' ' + before).trimEnd();
      break;
    }
    head = i === 0 ? piece(i) : head + ' ' + piece(i);
    if (wordCount(head, want) > want) break;
  }
  return shortTitleOf(head, want);
}

/**
 * How a recommendation is named to a reader: its label where it has a letter ("1a"), else its number (which a list
 * renumbered "1." throughout takes from the order).
 */
export function recLabel(rec: Pick<Recommendation, 'number' | 'label'>): string {
  return /^\d+[a-z]$/i.test(rec.label) ? rec.label : String(rec.number);
}

/** A recommendation's first `words` words, made as its short title is: for a title length other than the parse's. */
export function recommendationTitle(report: Report, rec: Recommendation, words: number): string {
  const p = report.paragraphs[rec.paragraphIndex];
  if (!p) return rec.shortTitle;
  return recommendationShortTitle(report.lines, p, lineMatch(report.lines, p.lines[0]).prefix, words);
}

/**
 * A recommendation read from its paragraph. Its full text is joined when asked for: most are never read whole.
 * (A class, not an object literal with a getter: V8 keeps such literals in slow dictionary mode.)
 */
class ParsedRecommendation implements Recommendation {
  number: number;
  readonly label: string;
  readonly paragraphs: number[];
  readonly range: Range;
  readonly numberRange: Range;
  readonly shortTitle: string;
  readonly part?: number;
  readonly conclusionRange?: Range;
  readonly #lines: readonly string[];
  readonly #paragraph: Paragraph;
  readonly #prefix: number;

  constructor(
    lines: readonly string[],
    p: Paragraph,
    readonly paragraphIndex: number,
    shortTitleWords: number,
    readonly citations: Citation[],
    public responses: number[],
    readonly group: number,
    context: { part?: number; conclusion?: Range; number?: number } = {},
  ) {
    const line = p.lines[0];
    const firstLine = lines[line];
    const m = lineMatch(lines, line);
    const prefix = m.prefix;
    this.number = context.number ?? m.number ?? 0;
    // One of several numbers a heading names ("Recommendations 3 and 4"): labelled by its own number.
    const other = context.number !== undefined && context.number !== m.number;
    this.label = other ? String(context.number) : (m.label ?? String(this.number));
    this.paragraphs = uniqueParagraphs(citations);
    this.range = context.conclusion ? { start: context.conclusion.start, end: p.range.end } : p.range;
    const bare = isBareNumberRule(m.rule);
    const from = bare ? 0 : other ? firstDigit(firstLine) + 1 : firstDigit(firstLine);
    const at = m.label !== undefined ? indexOfNumber(firstLine, this.label, Math.max(0, from)) : -1;
    const labelEnd = at < 0 ? 0 : at + this.label.length;
    // The number with the full stop after it ("18."), else the label alone ("Recommendation 4" names it whole).
    const after = firstLine.charCodeAt(labelEnd);
    const end = after === 46 /* . */ || after === 41 /* ) */ ? labelEnd + 1 : labelEnd;
    const start = at < 0 ? 0 : bare ? (firstLine.charCodeAt(at - 1) === 40 /* ( */ ? at - 1 : at) : other ? at : Math.max(0, firstLine.search(/[A-Za-z\d]/));
    this.numberRange = { start: { line, character: start }, end: { line, character: Math.max(start, end) } };
    this.shortTitle = recommendationShortTitle(lines, p, prefix, shortTitleWords);
    if (context.part !== undefined) this.part = context.part;
    if (context.conclusion) this.conclusionRange = context.conclusion;
    this.#lines = lines;
    this.#paragraph = p;
    this.#prefix = prefix;
  }

  /** Joined anew on each use rather than kept: kept, the texts would be a large part of a big report's model. */
  get text(): string {
    return recommendationText(this.#lines, this.#paragraph, this.#prefix);
  }
}

/** Where the line's first digit is, or -1. */
function firstDigit(line: string): number {
  for (let i = 0; i < line.length; i++) if (isDigit(line.charCodeAt(i))) return i;
  return -1;
}

/** Where `label` ("4", "1a") stands in `line` from `from` on, as a whole number: not inside "14" or "40". */
function indexOfNumber(line: string, label: string, from: number): number {
  for (let at = line.indexOf(label, from); at >= 0; at = line.indexOf(label, at + 1)) {
    if (!isDigit(line.charCodeAt(at - 1)) && !isDigit(line.charCodeAt(at + label.length))) return at;
  }
  return -1;
}

function uniqueParagraphs(citations: readonly Citation[]): number[] {
  const out: number[] = [];
  for (const c of citations) if (!out.includes(c.paragraph)) out.push(c.paragraph);
  return exactly(out);
}

export function recommendationOf(
  lines: readonly string[],
  p: Paragraph,
  paragraphIndex: number,
  shortTitleWords: number,
  citations: Citation[],
  links: { responses: number[]; group: number; part?: number; conclusionRange?: Range; number?: number },
): Recommendation {
  return new ParsedRecommendation(lines, p, paragraphIndex, shortTitleWords, citations, links.responses, links.group, {
    part: links.part,
    conclusion: links.conclusionRange,
    number: links.number,
  });
}

function spanOf(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

class ReportBuilder {
  private readonly recommendations: Recommendation[] = [];
  private readonly responses: Response[] = [];
  private readonly groups: Group[] = [];
  private readonly annotations: Annotation[] = [];
  private readonly parts: ReportPart[] = [];
  private readonly layouts = new Set<string>();
  /** Paragraph number → indexes of the recommendations citing it. */
  private readonly byParagraph = new Map<number, number[]>();
  private readonly citationCache = new Map<number, Citation[]>();
  private group: Group | undefined;
  private response: Response | undefined;
  /** The recommendation whose block the walk is in, for annotations. */
  private owner: number | undefined;
  /** A Treasury Minute's conclusion waiting for the recommendation that goes with it. */
  private conclusion: Paragraph | undefined;
  /** Between a report part's heading and its first recommendation: the part's own text, answering nothing. */
  private inPartPrelude = false;
  /** After a "Footnotes" (or "Notes", …) heading: text there answers no recommendation, until the next one. */
  private endMatter = false;
  /** The paragraph index of each report part's heading. */
  private readonly partHeadings: number[] = [];

  constructor(
    private readonly lines: readonly string[],
    private paragraphs: Paragraph[],
    private readonly shortTitleWords: number,
  ) {}

  /** The paragraph index where the recommendations part starts, once built. */
  start = 0;

  build(): Omit<Report, 'eol' | 'text' | 'references'> {
    this.paragraphs = mergeHeadedRecommendations(this.lines, this.paragraphs);
    const first = this.firstRecommendationIndex();
    this.start = first;
    this.relabelRecommendations(first);
    this.paragraphs.forEach((p, i) => {
      if (p.kind === 'annotation') this.addAnnotation(p);
      else if (i >= first) this.visit(p, i);
    });
    this.closeGroup();
    this.closePart();
    this.numberRenumberedLists();
    this.markJointHeadings();
    this.resolveAnnotationTargets();
    const furniture = furnitureLines(this.lines);
    const furnitureList: number[] = [];
    if (furniture) furniture.forEach((f, i) => f && furnitureList.push(i));
    if (furnitureList.length) this.layouts.add('page-furniture');
    return {
      lineCount: this.lines.length,
      lines: this.lines,
      paragraphs: this.paragraphs,
      sections: readSections(this.lines, this.paragraphs, first),
      recommendations: this.recommendations,
      responses: this.responses,
      groups: this.groups,
      annotations: this.annotations,
      parts: this.parts,
      layouts: [...this.layouts],
      furniture: furnitureList,
    };
  }

  private citationsOf(index: number): Citation[] {
    let found = this.citationCache.get(index);
    if (!found) {
      found = findCitations(this.lines, this.paragraphs[index].lines);
      this.citationCache.set(index, found);
    }
    return found;
  }

  /**
   * Where the recommendations start: the first recommendation whose words say it is one, or that cites a paragraph of
   * the report, or that a response heading follows; or the report part holding it.
   */
  private firstRecommendationIndex(): number {
    const ps = this.paragraphs;
    let i = ps.findIndex((p, index) => (p.kind === 'recommendation' || p.kind === 'conclusion') && this.believed(index));
    if (i < 0) return ps.length;
    // Recommendations listed together before the first that is believed, numbered up to it ("(1) …", "(2) …", then a heading).
    for (let k = i - 1, n = lineMatch(this.lines, ps[i].lines[0]).number ?? 0; k >= 0 && n > 1; k--) {
      const q = ps[k];
      if (q.kind === 'annotation' || q.kind === 'text' || q.kind === 'list-item') continue;
      if (q.kind !== 'recommendation' || q.rule !== ps[i].rule || lineMatch(this.lines, q.lines[0]).number !== n - 1) break;
      i = k;
      n--;
    }
    for (let k = i - 1; k >= 0; k--) {
      if (ps[k].kind === 'report-part') i = k;
      else if (isStructural(ps[k])) break;
    }
    return i;
  }

  private believed(index: number): boolean {
    const p = this.paragraphs[index];
    if (p.kind === 'conclusion' || isLabelledRule(p.rule) || this.citationsOf(index).length > 0) return true;
    if (lineMatch(this.lines, p.lines[0]).strong) return true;
    for (let k = index + 1; k < this.paragraphs.length; k++) {
      const next = this.paragraphs[k];
      // A weak recommendation that a response heading follows is believed.
      if (isResponseHeading(next.kind)) return true;
      if (isStructural(next)) return false;
    }
    return false;
  }

  /**
   * Numbered paragraphs before the recommendations start are ordinary text; after it, a bare number with no citation
   * is a recommendation only when a response heading follows it, or when it carries on the numbering in a report whose
   * recommendations are not labelled in words, numbered the same way ("(2)" in a response does not carry on "1."). A
   * report part no recommendation follows is text.
   */
  private relabelRecommendations(first: number): void {
    let previous: number | undefined;
    /** The rule of the recommendation `previous` numbers: "(2)" does not carry on a numbering of "1.", "2.", …. */
    let previousRule: string | undefined;
    const labelled = this.paragraphs.some((p, i) => i >= first && isLabelledRule(p.rule));
    this.paragraphs.forEach((p, i) => {
      if (i < first && p.kind !== 'annotation' && p.kind !== 'list-item') {
        p.kind = 'text';
        return;
      }
      if (p.kind === 'report-part' && !this.partHasRecommendations(i)) p.kind = 'text';
      if (p.kind !== 'recommendation') return;
      const m = lineMatch(this.lines, p.lines[0]);
      if (isBareNumberRule(p.rule)) {
        const n = m.number ?? 0;
        const cites = this.citationsOf(i).length > 0;
        const follows = previous === undefined ? i === first : n === previous + 1 && p.rule === previousRule;
        if (!cites && (labelled || !follows) && !this.believed(i)) {
          p.kind = 'text';
          return;
        }
      }
      previous = m.number;
      previousRule = p.rule;
      if (this.paragraphs[i - 1]?.kind === 'report-part') previous = undefined;
    });
  }

  private partHasRecommendations(index: number): boolean {
    for (let k = index + 1; k < this.paragraphs.length; k++) {
      const kind = this.paragraphs[k].kind;
      if (kind === 'report-part') return false;
      if (kind === 'recommendation' || kind === 'conclusion') return true;
    }
    return false;
  }

  private visit(p: Paragraph, index: number): void {
    switch (p.kind) {
      case 'report-part':
        return this.addPart(p, index);
      case 'conclusion':
        return this.addConclusion(p);
      case 'recommendation':
        return this.addRecommendation(p, index);
      case 'paragraph-heading':
      case 'response-from-heading':
        return this.addHeadingResponse(p);
      case 'response-heading':
        return this.addResponseHeading(p);
      default:
        return this.addBodyText(p, index);
    }
  }

  private currentGroup(): Group {
    if (!this.group) {
      const start = { line: 0, character: 0 };
      this.group = { recommendations: [], responses: [], range: { start, end: start } };
      if (this.parts.length) {
        this.group.part = this.parts.length - 1;
        this.parts[this.parts.length - 1].groups.push(this.groups.length);
      }
      this.groups.push(this.group);
    }
    return this.group;
  }

  private closeGroup(): void {
    this.finishResponse();
    const g = this.group;
    if (!g) return;
    g.recommendations = exactly(g.recommendations);
    g.responses = exactly(g.responses);
    const firstRec = this.recommendations[g.recommendations[0]];
    const lastResponse = this.responses[g.responses[g.responses.length - 1]];
    const lastRec = this.recommendations[g.recommendations[g.recommendations.length - 1]];
    const startRange = firstRec?.range ?? this.responses[g.responses[0]]?.range;
    const endRange = lastResponse?.range ?? lastRec?.range ?? startRange;
    if (startRange && endRange) g.range = this.withTrailingAnnotations(g, spanOf(startRange, endRange));
    this.group = undefined;
    this.response = undefined;
  }

  /** A group's range also holds the annotation lines after its last response that belong to its recommendations. */
  private withTrailingAnnotations(g: Group, range: Range): Range {
    let end = range.end;
    for (let i = this.annotations.length - 1; i >= 0; i--) {
      const a = this.annotations[i];
      if (a.line < range.start.line) break;
      const own = a.target === undefined && a.recommendation !== undefined && g.recommendations.includes(a.recommendation);
      if (own && a.line > end.line) end = a.range.end;
    }
    return { start: range.start, end };
  }

  /** "Ninth Report of Session 2024–25", then the department and the report's title on the lines after it. */
  private addPart(p: Paragraph, index: number): void {
    this.closeGroup();
    this.closePart();
    this.partHeadings.push(index);
    const line = p.lines[0];
    const label = lineMatch(this.lines, line).label ?? this.lines[line].trim();
    this.parts.push({ label, title: label, range: p.range, selectionRange: p.range, groups: [] });
    this.layouts.add('report-part');
    this.inPartPrelude = true;
    this.owner = undefined;
  }

  /** A part's range runs to its last group; its title takes the short lines that follow its heading. */
  private closePart(): void {
    const part = this.parts[this.parts.length - 1];
    if (!part || part.title !== part.label) return;
    const last = this.groups[part.groups[part.groups.length - 1]];
    if (last) part.range = spanOf(part.range, last.range);
    const names: string[] = [];
    for (let k = this.partHeadings[this.parts.length - 1] + 1; k < this.paragraphs.length && names.length < 2; k++) {
      const q = this.paragraphs[k];
      if (q.kind !== 'text' || q.lines.length > 2) break;
      // One name a line: "Department for Education", then "Improving school buildings".
      const texts = q.lines.map((l) => this.lines[l].replace(/\*\*/g, '').replace(/^#{1,6}\s+/, '').trim());
      if (texts.some((t) => t.length > 100 || /[.;]$/.test(t))) break;
      names.push(...texts.slice(0, 2 - names.length));
    }
    if (names.length) part.title = [part.label, ...names].join(' — ');
  }

  private addConclusion(p: Paragraph): void {
    if (this.group && this.group.responses.length > 0) this.closeGroup();
    this.conclusion = p;
    this.inPartPrelude = false;
  }

  /**
   * A recommendation joins the group of those listed before it, answered together afterwards, unless it is labelled in
   * words ("Recommendation 7"): such a recommendation followed straight by the next has no response of its own.
   * "Recommendations 3 and 4" over one text makes a recommendation for each number.
   */
  private addRecommendation(p: Paragraph, index: number): void {
    const labelled = isLabelledRule(p.rule);
    if (this.group && (this.group.responses.length > 0 || (labelled && this.group.recommendations.length > 0))) this.closeGroup();
    this.inPartPrelude = false;
    const m = lineMatch(this.lines, p.lines[0]);
    const numbers = m.numbers && m.numbers.length > 1 ? m.numbers : [undefined];
    for (const number of numbers) this.addOneRecommendation(p, index, number);
    this.addRowStatus(p);
  }

  private addOneRecommendation(p: Paragraph, index: number, number: number | undefined): void {
    this.endMatter = false;
    const group = this.currentGroup();
    const conclusion = this.conclusion;
    this.conclusion = undefined;
    const rec = recommendationOf(this.lines, p, index, this.shortTitleWords, this.citationsOf(index), {
      responses: [],
      group: this.groups.length - 1,
      part: this.parts.length ? this.parts.length - 1 : undefined,
      conclusionRange: conclusion?.range,
      number,
    });
    const recIndex = this.recommendations.length;
    for (const n of rec.paragraphs) {
      const list = this.byParagraph.get(n);
      if (list) list.push(recIndex);
      else this.byParagraph.set(n, [recIndex]);
    }
    group.recommendations.push(recIndex);
    this.recommendations.push(rec);
    this.layouts.add(p.rule);
    this.owner = recIndex;
  }

  /** A progress table's row ends with the Government's reply after the citation: "… (Para 41) Under consideration". */
  private addRowStatus(p: Paragraph): void {
    const line = p.lines[p.lines.length - 1];
    const m = rowStatus(this.lines[line]);
    if (!m) return;
    const range = { start: { line, character: m.start }, end: { line, character: m.start + m.text.length } };
    const response: Response = {
      kind: 'inline',
      citations: [],
      range,
      answers: [],
      group: this.groups.length - 1,
      bodyParagraphs: [],
      stanceLabel: { text: m.text, range },
    };
    this.layouts.add('row-status');
    this.attachResponse(response, [this.recommendations.length - 1]);
  }

  private addHeadingResponse(p: Paragraph): void {
    const group = this.currentGroup();
    const line = p.lines[0];
    const s = this.lines[line];
    const fromMatch = p.kind === 'response-from-heading' ? RESPONSE_FROM_HEADING.exec(s) : null;
    const headMatch = fromMatch ? null : PARAGRAPH_HEADING.exec(s);
    const listText = fromMatch ? fromMatch[3] : (headMatch?.[2] ?? '');
    const listStart = fromMatch
      ? s.lastIndexOf(fromMatch[3])
      : s.indexOf(headMatch?.[2] ?? '', s.indexOf(headMatch?.[1] ?? ''));
    const wordStart = fromMatch ? s.lastIndexOf(fromMatch[2], listStart) : s.indexOf(headMatch?.[1] ?? '');
    const citeRange = {
      start: { line, character: Math.max(0, wordStart) },
      end: { line, character: listStart + listText.length },
    };
    const citations = expandNumberList(listText).map((paragraph) => ({ paragraph, range: citeRange }));
    const response: Response = {
      kind: fromMatch ? 'response-from-heading' : 'paragraph-heading',
      from: fromMatch?.[1],
      headingRange: p.range,
      headingTitle: headMatch ? s.slice(headMatch[0].length).trim() : undefined,
      citations,
      range: p.range,
      answers: [],
      group: this.groups.length - 1,
      bodyParagraphs: [],
    };
    this.layouts.add(p.rule);
    this.attachResponse(response, this.answeredByHeading(response, group));
  }

  /**
   * "Government response", "DHSC response: Agree", "Government response to recommendations 3 and 4": the words after
   * a label are the response's first words; numbers it names say what it answers, else it answers its group.
   */
  private addResponseHeading(p: Paragraph): void {
    this.inPartPrelude = false;
    const group = this.currentGroup();
    const line = p.lines[0];
    const m = lineMatch(this.lines, line);
    const rest = this.lines[line].slice(m.prefix).replace(/\*\*/g, '').trim();
    const response: Response = {
      kind: 'heading',
      from: m.from,
      headingRange: p.range,
      headingTitle: rest || undefined,
      citations: [],
      range: p.range,
      answers: [],
      group: this.groups.length - 1,
      bodyParagraphs: [],
    };
    const named = m.numbers?.length ? this.latestNumbered(m.numbers) : [];
    this.layouts.add(rest ? 'reply-label' : p.rule);
    this.attachResponse(response, named.length ? named : group.recommendations.slice());
  }

  /** The latest recommendation of each number in the current part: what "response to recommendations 3 and 4" answers. */
  private latestNumbered(numbers: readonly number[]): number[] {
    const part = this.parts.length ? this.parts.length - 1 : undefined;
    const out: number[] = [];
    for (const n of numbers) {
      for (let r = this.recommendations.length - 1; r >= 0; r--) {
        const rec = this.recommendations[r];
        if (rec.part !== part) break;
        if (rec.number === n) {
          out.push(r);
          break;
        }
      }
    }
    return out.sort((a, b) => a - b);
  }

  private readonly wordSets = new Map<number, Set<string>>();

  /** A recommendation's content words, read once however many headings are matched against it. */
  private wordsOf(recIndex: number): Set<string> {
    let words = this.wordSets.get(recIndex);
    if (!words) {
      words = new Set(contentWords(this.recommendations[recIndex].text));
      this.wordSets.set(recIndex, words);
    }
    return words;
  }

  /** Recommendations a heading answers: by the paragraph it cites, else by the words it quotes, else by position. */
  private answeredByHeading(response: Response, group: Group): number[] {
    const cited = new Set(response.citations.map((c) => c.paragraph));
    const anywhere = new Set<number>();
    for (const n of cited) for (const r of this.byParagraph.get(n) ?? []) anywhere.add(r);
    const inGroup = group.recommendations.filter((r) => anywhere.has(r));
    if (inGroup.length) return inGroup;
    if (anywhere.size) return [...anywhere].sort((a, b) => a - b);
    if (cited.size === 0) return [];
    const unanswered = group.recommendations.filter((r) => this.recommendations[r].responses.length === 0);
    const title = response.headingTitle ?? '';
    const inGroupByWords = bestMatchByWords(title, unanswered.map((r) => this.wordsOf(r)));
    let chosen = inGroupByWords !== undefined ? unanswered[inGroupByWords] : undefined;
    let matchedBy: NonNullable<Response['miscitation']>['matchedBy'] = chosen !== undefined ? 'words-in-group' : 'unmatched';
    if (chosen === undefined) {
      chosen = bestMatchByWords(title, this.recommendations.map((_, r) => this.wordsOf(r)));
      if (chosen !== undefined) matchedBy = 'words-anywhere';
    }
    // By position: the one recommendation of the group still waiting for an answer.
    if (chosen === undefined && unanswered.length === 1) {
      chosen = unanswered[0];
      matchedBy = 'position';
    }
    response.miscitation = {
      cited: response.citations[0].paragraph,
      intended: chosen !== undefined ? this.recommendations[chosen].paragraphs[0] : undefined,
      matchedBy,
    };
    return chosen !== undefined ? [chosen] : [];
  }

  private attachResponse(response: Response, answers: number[]): void {
    this.finishResponse();
    const index = this.responses.length;
    response.answers = answers;
    for (const r of answers) {
      const rec = this.recommendations[r];
      // Most recommendations get one response: an array of one rather than one with room for sixteen.
      if (rec.responses.length === 0) rec.responses = [index];
      else rec.responses.push(index);
    }
    this.responses.push(response);
    this.currentGroup().responses.push(index);
    this.response = response;
    // A response to another recommendation starts that recommendation's block.
    if (answers.length && (this.owner === undefined || !answers.includes(this.owner))) this.owner = answers[0];
  }

  private addBodyText(p: Paragraph, index: number): void {
    // A report part's own introduction, or a conclusion's words before its recommendation: not a response.
    if (this.inPartPrelude) return;
    if (this.conclusion && !this.group?.recommendations.length) return;
    if (p.lines.length === 1 && isEndMatter(this.lines[p.lines[0]])) this.endMatter = true;
    if (this.endMatter) return;
    const group = this.currentGroup();
    if (!this.response) {
      const plain: Response = {
        kind: 'plain',
        citations: [],
        range: p.range,
        answers: [],
        group: this.groups.length - 1,
        bodyParagraphs: [],
      };
      this.layouts.add(p.kind === 'numbered-reply' ? 'numbered-reply' : 'plain-response');
      this.attachResponse(plain, this.replyTargets(p, group));
    } else if (p.kind === 'numbered-reply') {
      this.layouts.add('numbered-reply');
    }
    this.response!.bodyParagraphs.push(index);
    const first = this.lines[p.lines[0]];
    // "Target …" or "**Target …": most paragraphs are settled by their first two letters ("The …") without the pattern.
    const c = first.charCodeAt(0);
    if (!this.response!.targetDate && ((c === 84 /* T */ && (first.charCodeAt(1) | 32) === 97) /* a */ || c === 42 /* * */)) {
      const m = TARGET_DATE.exec(first);
      if (m) {
        const at = first.lastIndexOf(m[1]);
        this.response!.targetDate = { text: m[1].replace(/\*\*/g, '').trim(), range: { start: { line: p.lines[0], character: at }, end: { line: p.lines[0], character: at + m[1].length } } };
      }
    }
  }

  /** A reply numbered "4.1" answers recommendation 4 of its group; plain text answers the whole group. */
  private replyTargets(p: Paragraph, group: Group): number[] {
    if (p.kind === 'numbered-reply') {
      const n = lineMatch(this.lines, p.lines[0]).number;
      const own = group.recommendations.filter((r) => this.recommendations[r].number === n);
      if (own.length) return own;
    }
    return group.recommendations.slice();
  }

  /** Sets the current response's ranges from its heading and body paragraphs, once, when its last paragraph is known. */
  private finishResponse(): void {
    const r = this.response;
    if (!r) return;
    if (!r.stanceLabel) r.stanceLabel = this.stanceLabelOf(r);
    if (!r.bodyParagraphs.length) return;
    r.bodyParagraphs = exactly(r.bodyParagraphs);
    const first = this.paragraphs[r.bodyParagraphs[0]].range;
    const last = this.paragraphs[r.bodyParagraphs[r.bodyParagraphs.length - 1]].range;
    r.bodyRange = r.bodyParagraphs.length === 1 ? first : spanOf(first, last);
    r.range = spanOf(r.headingRange ?? first, last);
  }

  /** "Accepted." at the start of the response's words: after its label ("DHSC response: Agree"), or opening its text. */
  private stanceLabelOf(r: Response): Response['stanceLabel'] {
    const at = (line: number, from: number) => {
      const s = this.lines[line];
      if (!mayStartLabel(s, from)) return undefined;
      const m = STANCE_LABEL.exec(from ? s.slice(from) : s);
      if (!m) return undefined;
      const start = from + m[0].indexOf(m[1]);
      return { text: m[1], range: { start: { line, character: start }, end: { line, character: start + m[1].length } } };
    };
    if (r.kind === 'heading' && r.headingTitle && r.headingRange) {
      const line = r.headingRange.start.line;
      const found = at(line, lineMatch(this.lines, line).prefix);
      if (found) return found;
    }
    const body = r.bodyParagraphs[0];
    return body === undefined ? undefined : at(this.paragraphs[body].lines[0], 0);
  }

  private addAnnotation(p: Paragraph): void {
    const line = p.lines[0];
    const m = ANNOTATION.exec(this.lines[line]);
    if (!m) return;
    this.annotations.push({
      kind: m[1] as AnnotationKind,
      target: m[2],
      value: m[3].trim(),
      range: p.range,
      line,
      recommendation: m[1] === 'report' ? undefined : this.owner,
    });
  }

  /**
   * A converter that renumbers every item of a list "1." leaves every recommendation of a part numbered 1: then each
   * one's number is its place in the part (its label stays as written).
   */
  private numberRenumberedLists(): void {
    const byPart = new Map<number, Recommendation[]>();
    for (const r of this.recommendations) {
      const list = byPart.get(r.part ?? -1);
      if (list) list.push(r);
      else byPart.set(r.part ?? -1, [r]);
    }
    for (const recs of byPart.values()) {
      if (recs.length < 2 || !recs.every((r) => r.number === 1 && r.label === '1')) continue;
      recs.forEach((r, k) => (r.number = k + 1));
      this.layouts.add('renumbered-list');
    }
  }

  /** "@note[R12]", "[Rec 12]", "[Recommendation 12]", "[12]" or "[Paragraph 34]" names the recommendation explicitly. */
  private resolveAnnotationTargets(): void {
    for (const a of this.annotations) {
      if (a.target === undefined) continue;
      const byNumber = /^\s*(?:R|Rec\.?|Recommendation)?\s*(\d{1,4}[a-z]?)\s*$/i.exec(a.target);
      const byParagraph = /^\s*Paragraph\s+(\d{1,4})\s*$/i.exec(a.target);
      let found = -1;
      if (byNumber) {
        const label = byNumber[1].toLowerCase();
        // The recommendation with that number in the part where the note stands, else the first anywhere.
        const part = this.partAt(a.line);
        const matches = (r: Recommendation) => r.label.toLowerCase() === label || String(r.number) === label;
        found = this.recommendations.findIndex((r) => matches(r) && r.part === part);
        if (found < 0) found = this.recommendations.findIndex(matches);
      } else if (byParagraph) found = this.byParagraph.get(Number(byParagraph[1]))?.[0] ?? -1;
      a.recommendation = found >= 0 ? found : undefined;
      a.unresolvedTarget = found < 0;
    }
  }

  private partAt(line: number): number | undefined {
    for (let k = this.parts.length - 1; k >= 0; k--) if (this.parts[k].selectionRange.start.line <= line) return k;
    return undefined;
  }

  /** A heading with no text before the next heading is answered by that next heading's text. */
  private markJointHeadings(): void {
    for (let i = this.responses.length - 2; i >= 0; i--) {
      const r = this.responses[i];
      const next = this.responses[i + 1];
      if (r.kind !== 'plain' && r.bodyParagraphs.length === 0 && !(r.kind === 'heading' && r.headingTitle) && next.group === r.group && next.kind !== 'plain') {
        r.jointWith = next.jointWith ?? i + 1;
      }
    }
  }
}

/** The first words of the decision labels STANCE_LABEL reads. */
const LABEL_FIRST_WORDS = new Set(['accepted', 'agreed', 'agree', 'partially', 'partly', 'not', 'disagree', 'disagreed', 'rejected', 'noted', 'under']);
/** Their first letters' character codes. */
const LABEL_INITIALS = new Set([...LABEL_FIRST_WORDS].map((w) => w.charCodeAt(0)));

/** True when the words from `from` can start a decision label: most responses start "We …" or "The …", and need no pattern. */
function mayStartLabel(s: string, from: number): boolean {
  let i = from;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9 || s.charCodeAt(i) === 42)) i++;
  // Settled by the first letter for most: no label word starts with "w" or "t".
  if (!LABEL_INITIALS.has(s.charCodeAt(i) | 32)) return false;
  let j = i;
  while (j < s.length && j - i < 10 && ((s.charCodeAt(j) | 32) >= 97 && (s.charCodeAt(j) | 32) <= 122)) j++;
  return j > i && LABEL_FIRST_WORDS.has(s.slice(i, j).toLowerCase());
}

/** Paragraphs that are neither text nor annotations: recommendations, headings, report parts. */
function isStructural(p: Paragraph): boolean {
  return p.kind !== 'text' && p.kind !== 'annotation' && p.kind !== 'list-item' && p.kind !== 'numbered-reply';
}

/**
 * "Recommendation 7" on its own line, and the paragraphs of words after it up to the next heading, make one
 * recommendation paragraph (the words may start with the number again: "7. The Department should …"). A conclusion
 * takes the words after it likewise. Other paragraphs are as they were.
 */
function mergeHeadedRecommendations(lines: readonly string[], paragraphs: Paragraph[]): Paragraph[] {
  if (!paragraphs.some((p) => p.kind === 'recommendation-heading' || p.kind === 'conclusion')) return paragraphs;
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.kind !== 'recommendation-heading' && p.kind !== 'conclusion') {
      out.push(p);
      continue;
    }
    const merged: Paragraph = { ...p, kind: p.kind === 'conclusion' ? 'conclusion' : 'recommendation', lines: p.lines.slice() };
    const number = lineMatch(lines, p.lines[0]).number;
    let k = i + 1;
    for (; k < paragraphs.length; k++) {
      const q = paragraphs[k];
      const repeatsNumber = k === i + 1 && q.kind === 'recommendation' && !isLabelledRule(q.rule) && lineMatch(lines, q.lines[0]).number === number;
      if (q.kind !== 'text' && q.kind !== 'list-item' && !repeatsNumber) break;
      for (const l of q.lines) merged.lines.push(l);
      merged.range = { start: merged.range.start, end: q.range.end };
    }
    out.push(merged);
    i = k - 1;
  }
  return out;
}
