// What a layout rule is: one question about one line — does a block of my kind start here? — and what it read there.
import type { ParagraphKind } from '../types';

/** What a rule read on the line that starts its block. */
export interface LineMatch {
  kind: ParagraphKind;
  /** The rule that claimed the line (its `name`). */
  rule: string;
  /** Characters of the line that are the marker ("18.", "Recommendation 4:", "**(12)**"), before the block's words. */
  prefix: number;
  /** The recommendation's number ("4" in "4a", "18" in "18.") or the reply's ("4" in "4.1"). */
  number?: number;
  /** The recommendation's label as written: "4", "1a", "R4". */
  label?: string;
  /** Numbers a heading names: "Recommendations 3 and 4", "Government response to recommendations 3 to 5". */
  numbers?: readonly number[];
  /** True when a word on the line says it is a recommendation; a bare number needs a citation or the sequence. */
  strong?: boolean;
  /** Who replies: "DHSC" in "DHSC response: Agree". */
  from?: string;
  /** The block is one line (the rule's `singleLine`): kept on the match, which the parser reads for every block. */
  singleLine: boolean;
}

/**
 * One layout rule. `match` is called with the line and where its words start after Markdown's own markers ("## ",
 * "> "); it returns what it read, or undefined when no block of its kind starts on this line.
 */
export interface BlockRule {
  readonly name: string;
  /** How the outline and `cli outline` describe a document read by this rule, e.g. "“Recommendation 7” headings". */
  readonly describes: string;
  /** The characters a line can start with (after Markdown's markers) for this rule to match: a quick filter. */
  readonly firstChars: string;
  /** The block is one line: the next line starts another block even without a blank line between. */
  readonly singleLine?: boolean;
  match(line: string, at: number): LineMatch | undefined;
}

export const DIGITS = '0123456789';
export const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A LineMatch with every field present, in one order: the parser reads these for every line, and objects of one shape
 * are read faster than a dozen shapes with different fields. `rule` is the rule that read the line.
 */
export function matched(
  kind: ParagraphKind,
  rule: Pick<BlockRule, 'name' | 'singleLine'>,
  prefix: number,
  more: Partial<Omit<LineMatch, 'kind' | 'rule' | 'prefix' | 'singleLine'>> = {},
): LineMatch {
  return {
    kind,
    rule: rule.name,
    prefix,
    number: more.number,
    label: more.label,
    numbers: more.numbers,
    strong: more.strong,
    from: more.from,
    singleLine: rule.singleLine === true,
  };
}

/** Runs a sticky regular expression at `at`. */
export function execAt(re: RegExp, line: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(line);
}
