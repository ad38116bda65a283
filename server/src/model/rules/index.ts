// The layout rules, in the order they are tried on a line (as markdown-it's block parser lists its rules): the first
// that matches says what block the line starts. Adding a layout is adding a rule file and a line here.
//
// The order matters where two rules could claim the same line: an annotation before everything; a report part and
// the "Paragraph N:" / "Response from …" headings before the general response heading; "Recommendation 7" alone
// before "Recommendation 7: …" with words; a Treasury Minute's "1. PAC recommendation:" and a reply's "4.1" before
// the bare "18." they would otherwise look like; list items last.
import { annotation } from './annotation';
import { labelledRecommendation } from './labelledRecommendation';
import { listItem } from './listItem';
import { numberedRecommendation } from './numberedRecommendation';
import { numberedReply } from './numberedReply';
import { pacRecommendation } from './pacRecommendation';
import { paragraphHeading } from './paragraphHeading';
import { parenthesisedRecommendation } from './parenthesisedRecommendation';
import { recommendationHeading } from './recommendationHeading';
import { reportPart } from './reportPart';
import { responseFromHeading } from './responseFromHeading';
import { responseHeading } from './responseHeading';
import { matched, type BlockRule, type LineMatch } from './types';
import type { ParagraphKind } from '../types';

export type { BlockRule, LineMatch } from './types';

export const RULES: readonly BlockRule[] = [
  annotation,
  reportPart,
  paragraphHeading,
  responseFromHeading,
  recommendationHeading,
  labelledRecommendation,
  pacRecommendation,
  responseHeading,
  numberedReply,
  numberedRecommendation,
  parenthesisedRecommendation,
  listItem,
];

/**
 * The rules that can match a line by the character its words start with: each line is tried only against those
 * (most prose starts with a capital that only two or three rules accept). Characters outside ASCII try none.
 */
type Matcher = BlockRule['match'];
const BY_FIRST_CHAR: readonly (readonly Matcher[])[] = Array.from({ length: 128 }, (_, c) =>
  // Functions rather than the rule objects: calling a function is quicker than loading a method from a dozen
  // objects of different shapes at one place in the code.
  RULES.filter((r) => r.firstChars.includes(String.fromCharCode(c))).map((r) => r.match.bind(r)),
);

const TEXT: LineMatch = Object.freeze(matched('text', { name: 'text' }, 0));

/**
 * Where a line's words start after Markdown's own block markers: "## " (a heading) and "> " (a quotation), so that
 * "## Recommendation 7" and "> 12. The Department should …" read as their words do.
 */
export function markdownLead(line: string): number {
  let at = 0;
  const c = line.charCodeAt(0);
  if (c === 35 /* # */) {
    while (at < 6 && line.charCodeAt(at) === 35) at++;
    if (line.charCodeAt(at) !== 32 && line.charCodeAt(at) !== 9) return 0;
    while (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9) at++;
  } else if (c === 62 /* > */) {
    at = 1;
    if (line.charCodeAt(at) === 32) at++;
  }
  return at;
}

/** What block a line starts, by the first rule that claims it; plain text when none does. */
export function matchLine(line: string): LineMatch {
  let c = line.charCodeAt(0);
  // Most lines are blank or start with a letter: only "#" and ">" need Markdown's markers looked past.
  if (!(c < 128)) return TEXT;
  let at = 0;
  if (c === 35 || c === 62) {
    at = markdownLead(line);
    c = line.charCodeAt(at);
    if (!(c < 128)) return TEXT;
  }
  const matchers = BY_FIRST_CHAR[c];
  for (let k = 0; k < matchers.length; k++) {
    const m = matchers[k](line, at);
    if (m) return m;
  }
  return TEXT;
}

// The two questions below are asked of most paragraphs in a parse, so they compare the rule's name with each answer
// (names are constant strings, so each comparison is of two pointers) rather than look it up in a Set (hashing):
// about 2 ns a question instead of 10.

/**
 * True for a rule whose words name the line a recommendation ("Recommendation 4:", "Recommendation 7", "1. PAC
 * recommendation:"): believed without a citation, answered one by one, and whose label is not a reference to itself.
 */
export function isLabelledRule(rule: string): boolean {
  return rule === labelledRecommendation.name || rule === recommendationHeading.name || rule === pacRecommendation.name;
}

/** True for a rule that reads a recommendation by a number alone ("18.", "(12)"): believed only by a citation, a heading or the sequence. */
export function isBareNumberRule(rule: string): boolean {
  return rule === numberedRecommendation.name || rule === parenthesisedRecommendation.name;
}

/**
 * True for the kind of a heading that starts a response ("Paragraph 20: …", "Response from Ofsted: …", "Government
 * response"). Compared in a switch, as paragraphs' `carriesOn` is: asked of most paragraphs.
 */
export function isResponseHeading(kind: ParagraphKind): boolean {
  switch (kind) {
    case 'paragraph-heading':
    case 'response-from-heading':
    case 'response-heading':
      return true;
    default:
      return false;
  }
}

/** True when the block this match starts is one line long. */
export function isSingleLine(m: LineMatch): boolean {
  return m.singleLine;
}

