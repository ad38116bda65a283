// The ruler: every layout rule in this folder (listed by scripts/rules.mjs in all.ts), in the order of their ranks, as
// markdown-it's block parser lists its rules. The first rule that claims a line says what block starts there; the
// text rule, which claims what no other does, comes last. Adding a layout is adding a rule file.
import { ALL_RULES } from './all';
import type { BlockRule, Start } from './types';
import { afterIndent, markdownLead, MAX_INDENT } from '../lines';
import { BULLET } from './listItem';

export type { BlockRule, Block, Meaning, RuleProps, Start, LineMatch } from './types';

const byRank = [...ALL_RULES].sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : 1));

/** The rule that claims every line no other rule claims, tried last: plain text. */
export const TEXT_RULE: BlockRule = byRank.find((r) => r.rank === Infinity)!;

/** The layout rules in the order they are tried on a line (the text rule, tried last, is not among them). */
export const RULES: readonly BlockRule[] = byRank.filter((r) => r !== TEXT_RULE);

/** The rules that claim whole paragraphs of text, in the order they are asked. */
export const CLAIMING_RULES: readonly BlockRule[] = RULES.filter((r) => r.claims);

const BY_NAME = new Map(byRank.map((r) => [r.name, r]));

/** The rule of that name; the text rule for a name no rule has. */
export function ruleNamed(name: string): BlockRule {
  return BY_NAME.get(name) ?? TEXT_RULE;
}

/**
 * The rules that can match a line by the character its words start with: each line is tried only against those
 * (most prose starts with a capital that only two or three rules accept). Characters outside ASCII try none.
 */
type Matcher = BlockRule['start'];
const BY_FIRST_CHAR: readonly (readonly Matcher[])[] = Array.from({ length: 128 }, (_, c) =>
  // Functions rather than the rule objects: calling a function is quicker than loading a method from a dozen
  // objects of different shapes at one place in the code.
  RULES.filter((r) => r.firstChars.includes(String.fromCharCode(c))).map((r) => r.start),
);

/** The same for the few characters outside ASCII that rules start with ("•", "–", "©", "“"). */
const BY_OTHER_CHAR = new Map<number, readonly Matcher[]>();
for (const r of RULES) {
  for (const ch of r.firstChars) {
    const c = ch.charCodeAt(0);
    if (c < 128) continue;
    BY_OTHER_CHAR.set(c, [...(BY_OTHER_CHAR.get(c) ?? []), r.start]);
  }
}

const TEXT: Start = Object.freeze(TEXT_RULE.start('', 0)!);

/** What block a line starts, by the first rule that claims it; plain text when none does. */
export function matchLine(line: string): Start {
  let c = line.charCodeAt(0);
  let at = 0;
  // Most lines are blank or start with a letter: only "#" and ">" need Markdown's markers looked past.
  if (c === 35 || c === 62) {
    at = markdownLead(line);
    c = line.charCodeAt(at);
  } else if (c === 32 || c === 9) {
    // An indented line (a PDF's text, a pasted page or e-mail, indented by spaces or a tab): read from its first word
    // first, as the same line with no indent is ("    Recommendation 2", "  (a) That the MoD … (Para 12) Accepted");
    // then by the rules that read the spaces themselves (an indented list's item). Not Markdown's code: a response
    // has none, and the same page indented reads as it does without.
    let word = afterIndent(line, 0, MAX_INDENT);
    if (line.charCodeAt(word) === 35 || line.charCodeAt(word) === 62) word = markdownLead(line, word);
    const w = line.charCodeAt(word);
    if (word < line.length && w !== 32 && w !== 9) {
      const found = tryRules(line, w, word);
      if (found !== TEXT) return found;
    }
  }
  const found = tryRules(line, c, at);
  return found.kind === 'list-item' ? (labelBehindBullet(line) ?? found) : found;
}

/**
 * A reply's label behind a list's bullet ("- Response: Accepted …", "• **Government response:** …", as a list nests each
 * reply under its recommendation), or a recommendation's label with its words ("- **Recommendation 1:** The Department
 * should …", the item the reply nests under): read from the label, as Markdown's "#" and ">" are looked past. Only such
 * a label or heading is read so: other words behind a bullet are the item's.
 */
function labelBehindBullet(line: string): Start | undefined {
  const bullet = BULLET.exec(line);
  if (!bullet) return undefined;
  const at = bullet[0].length;
  const under = tryRules(line, line.charCodeAt(at), at);
  if (under.owner.props.heading && (under.kind === 'response-heading' || under.kind === 'response-from-heading')) return under;
  return under.rule === 'labelled-recommendation' ? under : undefined;
}

/** The first rule that can start with character `c` and claims the line from `at`; the text rule's record when none does. */
function tryRules(line: string, c: number, at: number): Start {
  const matchers = c < 128 ? BY_FIRST_CHAR[c] : BY_OTHER_CHAR.get(c);
  if (matchers === undefined) return TEXT;
  for (let k = 0; k < matchers.length; k++) {
    const m = matchers[k](line, at);
    if (m) return m;
  }
  return TEXT;
}
