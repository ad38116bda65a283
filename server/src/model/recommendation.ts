// A recommendation as the model holds it: read from its paragraph and its start record, its full text joined only
// when asked for.
import { citedParagraphs } from './citations';
import { isDigit } from './patterns';
import { recommendationShortTitle, recommendationText } from './recommendationText';
import type { Start } from './rules/types';
import type { Citation, Paragraph, Position, Range, Recommendation, Report } from './types';

/**
 * How a recommendation is named to a reader: its label where it has a letter ("1a", "(a)", "C", "B2") or is a Roman
 * numeral ("IV"), else its number (which a list renumbered "1." throughout takes from the order).
 */
export function recLabel(rec: Pick<Recommendation, 'number' | 'label'>): string {
  return /^(?:\d+(?:\.\d{1,2}(?:[a-z]|\([a-z]{1,4}\))?|[a-z]|\([a-z]{1,4}\))|[ivxlc]+|[a-z]\.?(?:\d{1,3})?|\([a-z]{1,4}\))$/i.test(rec.label) ? rec.label : String(rec.number);
}

/** What the model needs to make a recommendation beside its paragraph. */
export interface RecommendationContext {
  /** The start record of its paragraph's first line, and whether its rule opens it with a number alone. */
  start: Start;
  weakNumber: boolean;
  citations: Citation[];
  responses: number[];
  group: number;
  part?: number;
  /** A Treasury Minute's conclusion that goes with it. */
  conclusionRange?: Range;
  /** One of several numbers its heading names ("Recommendations 3 and 4"), or the number the user gave it. */
  number?: number;
  /** The label the user gave it ("12a" in "@rec: 12a"). */
  label?: string;
  /** Where its words end, when a reply follows them in their row. */
  wordsEnd?: Position;
  /** Where its words start on its first line, when not after its start record's prefix. */
  wordsFrom?: number;
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
  readonly part?: number;
  readonly conclusionRange?: Range;
  readonly citations: Citation[];
  responses: number[];
  readonly group: number;
  readonly #lines: readonly string[];
  readonly #paragraph: Paragraph;
  readonly #prefix: number;
  readonly #end: Position | undefined;
  readonly #titleWords: number;
  #shortTitle: string | undefined;

  constructor(lines: readonly string[], p: Paragraph, readonly paragraphIndex: number, shortTitleWords: number, context: RecommendationContext) {
    const line = p.lines[0];
    const firstLine = lines[line];
    const m = context.start;
    this.number = context.number ?? m.number ?? 0;
    // "1. Recommendation 1. The Secretary of State …", "1. Recommendation: The …": the label again after the number is
    // not the words.
    const words = context.wordsFrom ?? m.prefix;
    SAME_LABEL.lastIndex = words;
    const again = SAME_LABEL.exec(firstLine);
    const prefix = words + (again && (again[1] === undefined || +again[1] === this.number) ? again[0].length : 0);
    // One of several numbers a heading names ("Recommendations 3 and 4"): labelled by its own number. (A heading that
    // gives a letter in the number's place, "Recommendation (b)", keeps it as its label, numbered by its place.)
    const other = context.number !== undefined && context.number !== m.number && (m.number !== undefined || m.label === undefined);
    this.label = context.label ?? (other ? String(context.number) : (m.label ?? String(this.number)));
    this.citations = context.citations;
    this.paragraphs = citedParagraphs(context.citations);
    this.responses = context.responses;
    this.group = context.group;
    this.range = context.conclusionRange ? { start: context.conclusionRange.start, end: p.range.end } : p.range;
    const bare = context.weakNumber;
    // (A number written out, "Recommendation IV", is looked for from the line's start.)
    const from = bare || !isDigit(this.label.charCodeAt(0)) ? 0 : other ? firstDigit(firstLine) + 1 : firstDigit(firstLine);
    const at = m.label !== undefined ? indexOfNumber(firstLine, this.label, Math.max(0, from)) : -1;
    const labelEnd = at < 0 ? 0 : at + this.label.length;
    // The number with the full stop after it ("18."), else the label alone ("Recommendation 4" names it whole).
    const after = firstLine.charCodeAt(labelEnd);
    const end = after === 46 /* . */ || after === 41 /* ) */ ? labelEnd + 1 : labelEnd;
    const start = at < 0 ? 0 : bare ? (firstLine.charCodeAt(at - 1) === 40 /* ( */ ? at - 1 : at) : other ? at : Math.max(0, firstLine.search(/[A-Za-z\d]/));
    this.numberRange = { start: { line, character: start }, end: { line, character: Math.max(start, end) } };
    if (context.part !== undefined) this.part = context.part;
    if (context.conclusionRange) this.conclusionRange = context.conclusionRange;
    this.#lines = lines;
    this.#paragraph = p;
    this.#prefix = prefix;
    this.#end = context.wordsEnd;
    this.#titleWords = shortTitleWords;
  }

  /**
   * Its first words, made when first asked for and kept: the outline, the views and the exports ask for titles of their
   * own lengths (titleOf), so that a title made with every parse was made for nothing (4 % of the bundled report's).
   */
  get shortTitle(): string {
    return (this.#shortTitle ??= this.titleOf(this.#titleWords));
  }

  /** Joined anew on each use rather than kept: kept, the texts would be a large part of a big report's model. */
  get text(): string {
    return recommendationText(this.#lines, this.#paragraph, this.#prefix, this.#end);
  }

  /** Its first `words` words, made as its short title is: for a title length other than the parse's. */
  titleOf(words: number): string {
    return recommendationShortTitle(this.#lines, this.#paragraph, this.#prefix, words, this.#end);
  }
}

/**
 * "Recommendation 1. ", "Conclusion 2: " opening the words after a number (matched where they start): its number in
 * group 1; or the label with no number, "Recommendation: ", "Conclusion – ".
 */
const SAME_LABEL = /(?:Recommendation|Conclusion)(?:[ \t]+(\d{1,4})[.:]|[ \t]*[:–—])[ \t]+/y;

/** Where the line's first digit is, or -1. */
function firstDigit(line: string): number {
  for (let i = 0; i < line.length; i++) if (isDigit(line.charCodeAt(i))) return i;
  return -1;
}

/**
 * Where `label` ("4", "1a", "IV") stands in `line` from `from` on, as a whole number: not inside "14" or "40" (nor a
 * Roman numeral inside a word: the "i" of "Recommendation").
 */
function indexOfNumber(line: string, label: string, from: number): number {
  const apart = isDigit(label.charCodeAt(0)) ? isDigit : isWordCharacter;
  for (let at = line.indexOf(label, from); at >= 0; at = line.indexOf(label, at + 1)) {
    if (!apart(line.charCodeAt(at - 1)) && !apart(line.charCodeAt(at + label.length))) return at;
  }
  return -1;
}

const isWordCharacter = (c: number): boolean => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122);

export function recommendationOf(lines: readonly string[], p: Paragraph, paragraphIndex: number, shortTitleWords: number, context: RecommendationContext): Recommendation {
  return new ParsedRecommendation(lines, p, paragraphIndex, shortTitleWords, context);
}

/** A recommendation's first `words` words, made as its short title is: for a title length other than the parse's. */
export function recommendationTitle(_report: Report, rec: Recommendation, words: number): string {
  return rec instanceof ParsedRecommendation ? rec.titleOf(words) : rec.shortTitle;
}
