// The one shared line state every rule reads (as markdown-it's StateBlock): the lines and where they start, what the
// rules read on each line, the page furniture, the paragraphs once read, and the version the text was edited from.
//
// What each speed-up buys, all behind this object (figures on the bundled report, "the seed", and its 100× copy):
// - Lines are found by searching for each line feed and slicing (lines.ts: splitLines), not by `split`: three to
//   five times quicker (the seed 43 → 13 µs; the 100× report 4.0 → 2.1 ms). Their start offsets are recorded on the
//   same pass, not found by reading the text again (3.7 µs on the seed).
// - What the rules read on a line (its start record) and the citations on it are worked out once per version, on first
//   use, and reused from the previous version for every line an edit left alone (`startAt`, `citationsOn`): a
//   keystroke re-reads one line, not the document.
// - Each line is tried only against the rules that can start with its first character (rules/index.ts), so most
//   prose is settled by two or three rules; a line whose first character is not ASCII tries none.
// - The keywords of references in running text are searched for in one pass straight after the split, while the text
//   is still in the processor's cache (references.ts): the same pass made later took twice as long on the seed.
// - Page furniture is looked for among the short lines the first reading met (furniture.ts): a document with none,
//   like most, is read once.
// - Arrays kept in the model are cut to their length (citations.ts: exactly): thousands of one-item arrays would
//   otherwise each keep room for sixteen. The per-line stores here are filled when made: reading a hole is slower.
// - Every rule has the same shape (rules/types.ts: defineRule) and every start record too (`started`): the reader asks
//   every block's rule for its hooks, and objects of one shape are read faster than a dozen shapes.
// - A line that ends with its citation is told by its last characters before the pattern runs (citations.ts:
//   endsWithCitation), and a table row's reply is looked for only on a line that does not end with its citation: the
//   100× report's parse came back within the noise of the build before the redesign.
// - Whether any rule takes in the paragraphs after it is noted while reading (`someTake`): most documents have none,
//   and are not walked again for it.
// - A paragraph with no bracket is no cited recommendation, settled before the cited-paragraph rule's other checks
//   (citedParagraph.ts: its claims over the seed's 144 paragraphs of text 58 → 38 µs; the parse about 2 % quicker).
// - A recommendation's short title is made when first asked for (recommendation.ts), as its text is: the features ask
//   for titles of their own lengths, so one made with every parse was made for nothing (the seed's parse 3–6 % quicker,
//   the 100× report's 11–13 %).
import { citationSpans, type CitationSpan } from './citations';
import { isBlankLine } from './lines';
import { matchLine } from './rules';
import type { BlockRule, Start } from './rules/types';
import { recommendationRows } from './tableColumns';
import type { Paragraph } from './types';

export interface LineMap {
  /** The previous version's index of new line `i`, or -1 when that line changed. */
  (i: number): number;
  /** How many lines at the start, and at the end, are unchanged. */
  head: number;
  tail: number;
}

/** Matches the lines of two versions by position: equal lines at the start and at the end keep their results. */
export function alignLines(previous: readonly string[], lines: readonly string[]): LineMap {
  const max = Math.min(previous.length, lines.length);
  let head = 0;
  while (head < max && previous[head] === lines[head]) head++;
  let tail = 0;
  while (tail < max - head && previous[previous.length - 1 - tail] === lines[lines.length - 1 - tail]) tail++;
  const delta = lines.length - previous.length;
  const firstTail = lines.length - tail;
  const map = (i: number) => (i < head ? i : i >= firstTail ? i - delta : -1);
  return Object.assign(map, { head, tail });
}


export class LineState {
  /** The page-furniture lines, once the reader has found them; undefined when there are none (most documents). */
  furniture: Uint8Array | undefined;
  /** The logical paragraphs, once read (reader.ts). */
  paragraphs: Paragraph[] = [];
  /** While reading: the number of the last block that a recommendation's number started. */
  lastNumber = 0;
  /** While reading: a block was read whose rule takes in the paragraphs after it (rules/types.ts: `takes`). */
  someTake = false;
  /** The text has a blank line after every line (reader.ts: isSpaced): one blank line parts no paragraphs. */
  spaced = false;

  #tableRows: ReadonlySet<number> | undefined;
  readonly #starts_: (Start | undefined)[];
  readonly #citations_: (readonly CitationSpan[] | undefined)[];
  #previous: { state: LineState; map: LineMap } | undefined;

  constructor(
    readonly text: string,
    readonly lines: readonly string[],
    /** The offset in `text` where each line starts. */
    readonly lineStarts: readonly number[],
    previous?: { state: LineState; map: LineMap },
  ) {
    // Filled, not left with holes: reading a hole is slower than reading undefined.
    this.#starts_ = new Array<Start | undefined>(lines.length).fill(undefined);
    this.#citations_ = new Array<readonly CitationSpan[] | undefined>(lines.length).fill(undefined);
    // Only two versions are linked at a time, so that older ones can be collected.
    previous?.state.forgetPrevious();
    this.#previous = previous;
  }

  /** The start record of line `i`: what the first rule to claim it read there (the text rule's when none does). */
  startAt(i: number): Start {
    return this.#starts_[i] ?? this.#reused(this.#starts_, (s) => s.#starts_, i, matchLine);
  }

  /** The rows of tables whose header names the recommendations' column (tableColumns.ts), read when first asked. */
  get tableRows(): ReadonlySet<number> {
    return (this.#tableRows ??= recommendationRows(this.text, this.lines));
  }

  /** The rule that claimed line `i`. */
  ruleAt(i: number): BlockRule {
    return this.startAt(i).owner;
  }

  /** The citations on line `i` alone. */
  citationsOn(i: number): readonly CitationSpan[] {
    return this.#citations_[i] ?? this.#reused(this.#citations_, (s) => s.#citations_, i, citationSpans);
  }

  /** A line's result from the previous version when the edit left the line alone, else worked out; kept in `store`. */
  #reused<T>(store: (T | undefined)[], storeOf: (state: LineState) => (T | undefined)[], i: number, compute: (line: string) => T): T {
    const j = this.#previous ? this.#previous.map(i) : -1;
    const value = (j >= 0 ? storeOf(this.#previous!.state)[j] : undefined) ?? compute(this.lines[i]);
    store[i] = value;
    return value;
  }

  isBlank(i: number): boolean {
    return isBlankLine(this.lines[i]);
  }

  isFurniture(i: number): boolean {
    return this.furniture !== undefined && this.furniture[i] === 1;
  }

  /** Drops the link to the version before, so that only two versions are ever kept. */
  forgetPrevious(): void {
    this.#previous = undefined;
  }
}
