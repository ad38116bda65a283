// What a layout rule is: it says where its block starts, where the block ends, and what the block means, reading
// the one shared LineState (model/state.ts). The builder (model/builder.ts) joins what rules mean and knows no rule.
import { findCitations } from '../citations';
import { isDecisionOnly } from '../verdicts';
import type { LineState } from '../state';
import type { AnnotationKind, Citation, Paragraph, ParagraphKind, Position, Range, StanceLabel } from '../types';

/**
 * What a rule read on the line that starts its block: its start record. Made by `start` for one line alone, so it is
 * kept per line and reused for every line an edit left alone; the keystroke path compares a line's records whole.
 */
export interface Start {
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
  /** The block is one line (the rule's `singleLine`): kept on the record, which the reader asks for every block. */
  singleLine: boolean;
  /** The rule itself, whose `name` is `rule`. */
  owner: BlockRule;
}

/** @deprecated the old name of a start record, kept for the tests and tools that read it. */
export type LineMatch = Start;

/** What a rule declares about its blocks, instead of being named in lists elsewhere. */
export interface RuleProps {
  /**
   * Its words name the block a recommendation ("Recommendation 4:", "1. PAC recommendation:"): believed without a
   * citation, answered one by one, and its label is not a reference to itself.
   */
  readonly labelled?: boolean;
  /** A number alone opens it ("18.", "(12)"): believed only with a citation, a response heading after it, or the sequence. */
  readonly weakNumber?: boolean;
  /** The block is one line: the next line starts another block even without a blank line between. */
  readonly singleLine?: boolean;
  /** The block ends at the line that ends with its citation, and a citation alone after a page break still belongs to it. */
  readonly endsAtCitation?: boolean;
  /** A page break can cut the block's sentence: text after the break that carries the sentence on joins it. */
  readonly carriesOverBreak?: boolean;
  /** Its blocks are recommendations: listed among the shapes looked for in a document where none is found. */
  readonly startsRecommendation?: boolean;
  /** A heading: what it names is read by the rule, never taken for a reference in running text. */
  readonly heading?: boolean;
  /** The kind of paragraph its block makes once it has taken in what follows (`takes`), when not its start's kind. */
  readonly readAs?: ParagraphKind;
  /**
   * Its `claims` may take a bulleted list item as well as a paragraph of text: "• The Government should … (Paragraph
   * 18)", a recommendation in a letter that bullets them.
   */
  readonly claimsItems?: boolean;
  /**
   * Its `claims` may take a response's heading too: "Response to recommendation 1" over a reply, in a response that
   * gives no recommendation's words, stands for the recommendation it names.
   */
  readonly claimsHeadings?: boolean;
  /** Its lines are page furniture (a web page's links, a copyright line, a browser's printed footer): read as absent. */
  readonly furniture?: boolean;
  /**
   * An edit inside a line of this rule's block that leaves the line's start record and its other facts as they were
   * can be patched into the previous model (the keystroke path). Rules whose blocks carry structure in their words
   * (headings, parts, annotations) leave it unset: an edit there re-reads the document.
   */
  readonly stableUnderKeystroke?: boolean;
}

/** A block as the reader is making it: the rule that started it, its start record and its lines so far. */
export interface Block {
  readonly rule: BlockRule;
  readonly start: Start;
  readonly lines: number[];
  /** A blank line (or the start of the text) stands before it. */
  readonly afterBlank: boolean;
}

/** What a block means: one of the few things the builder joins. */
export type Meaning = RecommendationMeaning | ConclusionMeaning | ResponseMeaning | PartMeaning | AnnotationMeaning | BodyMeaning | HeadingMeaning;

/** A heading over the recommendations that follow it ("Chapter 3: Funding and the ticket levy"): it ends what came before. */
export interface HeadingMeaning {
  readonly role: 'heading';
  readonly title: string;
}

export interface RecommendationMeaning {
  readonly role: 'recommendation';
  /** Its number and label when not its start's: the user's `@rec: 12a`. */
  readonly number?: number;
  readonly label?: string;
  /**
   * Believed whatever its layout: the user said it is a recommendation, its words end with its number ("(Recommendation
   * 3)"), or a table's row parts its words, which recommend, from the reply by a cell's edge ("1. … should … | Accepted").
   */
  readonly certain?: boolean;
  /** The number its start record read is not its own (a table's "Paragraph" column holds it): numbered by its place. */
  readonly byPlace?: boolean;
  /** The numbers of "Recommendations 3 and 4" over one text, a recommendation each; empty for one, numbered by its start. */
  readonly several: readonly number[];
  readonly citations: readonly Citation[];
  /** The Government's reply in the recommendation's own row, after its citation ("… (Para 41) Under consideration"). */
  readonly reply?: { readonly range: Range; readonly decision?: StanceLabel; readonly layout: string };
  /**
   * A table's row whose cells hold its reply, none when they are empty ("… (Para 42) |", "| 3 | … |  |"): text below
   * the table, past a blank line, is not its reply.
   */
  readonly ownRow?: true;
  /** Where the recommendation's words end, when something else follows them in their row (its reply, other cells). */
  readonly wordsEnd?: Position;
  /** Where its words start on its first line, when not where its start record says: a claimed block opened by a label. */
  readonly wordsFrom?: number;
  /** The reading the outline's "Read as" names, when not its rule's (features/layouts.ts). */
  readonly layout?: string;
}

/** A Treasury Minute's "PAC conclusion": it opens the item whose recommendation follows. */
export interface ConclusionMeaning {
  readonly role: 'conclusion';
}

export interface ResponseMeaning {
  readonly role: 'response';
  /** How the response is written (the model's Response.kind). */
  readonly kind: 'paragraph-heading' | 'response-from-heading' | 'heading';
  /** Who answers: "Ofsted", "DHSC". */
  readonly from?: string;
  /** The heading's words after its label: the paragraph's title it quotes, or the answer after "DHSC response:". */
  readonly title?: string;
  /** Paragraphs the heading cites: it answers the recommendations that cite them. */
  readonly citations: readonly Citation[];
  /** Recommendations it names by number: "Government response to recommendations 3 and 4". */
  readonly numbers?: readonly number[];
  /**
   * It answers only the recommendations it names, never its whole group: where it names none read before it, it is a
   * heading over what follows ("Funding (Recommendations 1, 2 and 5)" before those recommendations).
   */
  readonly namesOnly?: boolean;
  /** Where a decision label may stand on the heading's own line ("DHSC response: Agree"). */
  readonly decisionFrom?: { readonly line: number; readonly character: number };
  /** The decision stands beside the heading in brackets ("Response (Accepted)"): it decides, but is not the response's words. */
  readonly decisionBeside?: true;
  /**
   * Where a decision in brackets beside a label with words after it starts ("Response (Partially accepted): The
   * Department will …"): it decides where the words do not, and is not among them.
   */
  readonly decisionInLabel?: { readonly line: number; readonly character: number };
  /** The layout to record for it. */
  readonly layout: string;
}

/** "Ninth Report of Session 2024–25": one report of a paper that answers several. */
export interface PartMeaning {
  readonly role: 'part';
  readonly label: string;
  /** The label with the names on the lines after it: "… — Department for Education — Improving school buildings". */
  readonly title: string;
}

export interface AnnotationMeaning {
  readonly role: 'annotation';
  readonly kind: AnnotationKind;
  /** The explicit target as written, "R12" in "@note[R12]: …". */
  readonly target?: string;
  /** What the target names: a recommendation's label or number, or a paragraph of the report. */
  readonly targetLabel?: string;
  readonly targetParagraph?: number;
  /** The target is not a form the reader knows. */
  readonly targetUnknown?: boolean;
  readonly value: string;
}

/** Words in a response or in the document around the recommendations: text, list items, numbered replies. */
export interface BodyMeaning {
  readonly role: 'body';
  /** "4.1 …" answers recommendation 4 of its group. */
  readonly answersNumber?: number;
  /** The layout to record when it starts or carries a response; plain text records "plain-response". */
  readonly layout?: string;
  /** A heading after which text answers nothing: "Footnotes", "Formal minutes". */
  readonly endMatter?: boolean;
  /** "Target implementation date: March 2026". */
  readonly targetDate?: { readonly text: string; readonly range: Range };
  /** It starts a response to these recommendations (by number): the user said so with `@answers:`. */
  readonly answers?: readonly number[];
}

/**
 * One layout rule. A rule is whole, as markdown-it's block rules are: `start` says whether its block starts on a
 * line, `goesOn`/`interrupts`/`takes` where it ends, and `read` what it means. Rules are found in this folder and
 * tried in order of `rank` (model/rules/index.ts); the text rule, which claims whatever no other rule does, comes last.
 */
export interface BlockRule {
  readonly name: string;
  /** How the outline and `cli outline` describe a document read by this rule, e.g. "“Recommendation 7” headings". */
  readonly describes: string;
  /** Where it is tried among the rules: lower first. Where two rules could claim a line, the more particular comes first. */
  readonly rank: number;
  /** The characters a line can start with (after Markdown's markers) for this rule to match: a quick filter. */
  readonly firstChars: string;
  readonly props: RuleProps;
  /** Does a block of this rule start on this line? `at` is where its words start after Markdown's "## " or "> ". */
  start(line: string, at: number): Start | undefined;
  /**
   * Does the block go on to line `next` (not blank, not page furniture)? Asked only when no rule that may interrupt
   * it starts there. Unset: it goes on to the next blank line.
   */
  goesOn?(state: LineState, block: Block, next: number): boolean;
  /** May a block of this rule, starting on line `line` (read as `start`), cut `current` short with no blank line between? Unset: yes. */
  interrupts?(state: LineState, current: Block, start: Start, line: number): boolean;
  /**
   * Does the paragraph `mine` take in the paragraph after it, `next` (across blank lines; `after` follows it)? Asked
   * of a block's rule once the paragraphs are read, and of a rule that claims paragraphs right after its claims (of
   * the paragraphs it claimed). Unset: no.
   */
  takes?(state: LineState, mine: Paragraph, next: Paragraph, first: boolean, after: Paragraph | undefined): boolean;
  /**
   * Is a paragraph of plain text, as a whole, a block of this rule (as markdown-it's setext heading is a paragraph
   * with a line under it)? Asked of each paragraph no rule claimed by its first line, once all are read (the rules
   * that claim in order of rank, each over the whole document: `index` is the paragraph's in state.paragraphs); a
   * rule that claims paragraphs says what kind they become (`readAs`). Unset: it claims none.
   */
  claims?(state: LineState, p: Paragraph, index: number): boolean;
  /**
   * Does the rule claim anything in this document? Asked once before its claims (a rule that reads only where the
   * layouts before it found no recommendation says so here, not of every paragraph): when not, no paragraph is asked.
   * Unset: yes.
   */
  claimsHere?(state: LineState): boolean;
  /** What the paragraph (one of this rule's blocks, with what it took in) means. */
  read(state: LineState, p: Paragraph, index: number): Meaning;
  /** Small documents in the rule's layout: its fixtures, which the tests read and type into. */
  readonly examples: readonly string[];
}

export const DIGITS = '0123456789';
export const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A start record with every field present, in one order: the reader reads these for every line, and objects of one
 * shape are read faster than a dozen shapes with different fields.
 */
export function started(
  kind: ParagraphKind,
  rule: BlockRule,
  prefix: number,
  more: Partial<Omit<Start, 'kind' | 'rule' | 'prefix' | 'singleLine' | 'owner'>> = {},
): Start {
  return {
    kind,
    rule: rule.name,
    prefix,
    number: more.number,
    label: more.label,
    numbers: more.numbers,
    strong: more.strong,
    from: more.from,
    singleLine: rule.props.singleLine === true,
    owner: rule,
  };
}

/** A rule as its file writes it: the hooks it does not need left out, and only the properties it has. */
export type RuleSpec = Omit<BlockRule, 'props' | 'goesOn' | 'interrupts' | 'takes' | 'claims' | 'claimsHere'> &
  Partial<Pick<BlockRule, 'goesOn' | 'interrupts' | 'takes' | 'claims' | 'claimsHere'>> & { props: RuleProps };

/** The index of the paragraph after `index` that is not an annotation (annotation lines are transparent to reading). */
export function nextIndex(paragraphs: readonly Paragraph[], index: number): number {
  let k = index + 1;
  while (k < paragraphs.length && paragraphs[k].kind === 'annotation') k++;
  return k;
}

/** True for the kind of a paragraph a response heading makes. */
export function isResponseKind(kind: Paragraph['kind']): boolean {
  return kind === 'paragraph-heading' || kind === 'response-from-heading' || kind === 'response-heading';
}

/** True for a paragraph read as a recommendation (or a Treasury Minute's conclusion) by a rule other than `name`. */
export function recommendationOfAnotherRule(p: Paragraph | undefined, name: string): boolean {
  return p !== undefined && (p.kind === 'recommendation' || p.kind === 'conclusion') && p.rule !== name;
}

/**
 * For each paragraph of the Committee's report that recommendations read by rules other than `name` cite, the index of
 * the first that cites it, made once per version: a line that names a paragraph ("Paragraph 34", "Paragraph 12: …")
 * points back to such a recommendation. Its citations as the recommendation reads them: a line break may cut one.
 */
export function firstCitingRecommendation(name: string): (state: LineState) => ReadonlyMap<number, number> {
  return oncePerVersion((state) => {
    const found = new Map<number, number>();
    state.paragraphs.forEach((p, index) => {
      if (!recommendationOfAnotherRule(p, name)) return;
      for (const c of findCitations(state, p.lines)) if (!found.has(c.paragraph)) found.set(c.paragraph, index);
    });
    return found;
  });
}

/**
 * For the rules that read a layout only where no other layout found a recommendation (its words also stand in replies):
 * whether any paragraph of the version is a recommendation read by a rule other than `name`. A number alone with no
 * citation ("4. The Government accepts …") does not count: it may be the Government's own paragraph number, which the
 * builder tells later.
 */
function otherLayoutsRecommend(name: string): (state: LineState) => boolean {
  const first = firstOtherRecommendation(name);
  return (state) => first(state) >= 0;
}

/** The index of the first such paragraph (see otherLayoutsRecommend), made once per version; -1 when there is none. */
export function firstOtherRecommendation(name: string): (state: LineState) => number {
  return oncePerVersion((state) =>
    state.paragraphs.findIndex(
      (p) =>
        recommendationOfAnotherRule(p, name) &&
        (!state.startAt(p.lines[0]).owner.props.weakNumber || p.lines.some((l) => state.citationsOn(l).length > 0)),
    ),
  );
}

/**
 * The `claimsHere` of a rule that reads only where no other layout found a recommendation (its words also stand in
 * replies): asked once per reading, not of each paragraph.
 */
export function whereNoOtherLayoutRecommends(name: string): (state: LineState) => boolean {
  const other = otherLayoutsRecommend(name);
  return (state) => !other(state);
}

/**
 * `compute` made once per version of the document's paragraphs and kept beside them: what a rule's `claims` asks of
 * the whole document ("is any recommendation read?", "which paragraphs are cited?") is worked out at its first claim,
 * not at every paragraph's.
 */
export function oncePerVersion<T>(compute: (state: LineState) => T): (state: LineState) => T {
  const kept = new WeakMap<readonly Paragraph[], { value: T }>();
  return (state) => {
    let found = kept.get(state.paragraphs);
    if (found === undefined) {
      found = { value: compute(state) };
      kept.set(state.paragraphs, found);
    }
    return found.value;
  };
}

/**
 * The rule with every hook and property present, in one order: the reader asks every block's rule for them, and
 * objects of one shape are read faster than a dozen shapes with different fields.
 */
export function defineRule(spec: RuleSpec): BlockRule {
  const p = spec.props;
  const props: Required<Omit<RuleProps, 'readAs'>> & Pick<RuleProps, 'readAs'> = {
    startsRecommendation: p.startsRecommendation === true,
    labelled: p.labelled === true,
    weakNumber: p.weakNumber === true,
    singleLine: p.singleLine === true,
    endsAtCitation: p.endsAtCitation === true,
    carriesOverBreak: p.carriesOverBreak === true,
    heading: p.heading === true,
    stableUnderKeystroke: p.stableUnderKeystroke === true,
    furniture: p.furniture === true,
    claimsItems: p.claimsItems === true,
    claimsHeadings: p.claimsHeadings === true,
    readAs: p.readAs,
  };
  return {
    name: spec.name,
    describes: spec.describes,
    rank: spec.rank,
    firstChars: spec.firstChars,
    props,
    start: spec.start,
    goesOn: spec.goesOn,
    interrupts: spec.interrupts,
    takes: spec.takes,
    claims: spec.claims,
    claimsHere: spec.claimsHere,
    read: spec.read,
    // (The bundles leave each rule's examples out: esbuild.mjs.)
    examples: spec.examples ?? [],
  };
}

/** Runs a sticky regular expression at `at`. */
export function execAt(re: RegExp, line: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(line);
}

/**
 * The meaning of a response heading or label that a rule started on `p`'s line: who answers and the recommendations
 * it names (as its start recorded them), and the words after it ("DHSC response: Agree") as the response's first
 * words, decision included. Shared by the rules that start such headings; `layout` is the rule's name.
 */
export function responseHeadingMeaning(state: LineState, p: Paragraph, layout: string): ResponseMeaning {
  const line = p.lines[0];
  const m = state.startAt(line);
  // The reply's own paragraph number after the label ("Government response: 4. The Government does not agree …", a
  // response that numbers its paragraphs) is not among its words, as a numbered paragraph's is not.
  const from = m.prefix + (OWN_NUMBER.exec(state.lines[line].slice(m.prefix))?.[0].length ?? 0);
  const rest = state.lines[line].slice(from).replace(/\*\*/g, '').trim();
  // A heading with the decision beside it in brackets ("Response (Partially accepted)"): the decision, not words.
  const beside = rest ? -1 : bracketedDecisionAt(state.lines[line]);
  return {
    role: 'response',
    kind: 'heading',
    from: m.from,
    title: rest || undefined,
    citations: [],
    numbers: m.numbers?.length ? m.numbers : undefined,
    decisionFrom: rest ? { line, character: from } : beside >= 0 ? { line, character: beside } : undefined,
    decisionBeside: beside >= 0 || undefined,
    decisionInLabel: rest ? decisionInLabelAt(state.lines[line], m.prefix, line) : undefined,
    layout: rest ? 'reply-label' : layout,
  };
}

/** A paragraph's number before its words, a capital after it: "4. The Government …" (not "2.5 million"). */
const OWN_NUMBER = /^[ \t*_]*\d{1,3}\.[ \t]+(?=["“‘'\p{Lu}])/u;

/** Where the decision in brackets before a label's stop starts ("Response (Partially accepted): …"), if one stands there. */
function decisionInLabelAt(s: string, prefix: number, line: number): { line: number; character: number } | undefined {
  const m = BRACKETED_IN_LABEL.exec(s.slice(0, prefix));
  return m && isDecisionOnly(m[1]) ? { line, character: m.index + 1 } : undefined;
}
const BRACKETED_IN_LABEL = /[([]([^()[\]]{2,40})[)\]][.*_ \t]*[:.–—-]?[.*_ \t]*$/;

/** Where the words in brackets that end a heading start ("Response (Accepted)": at "Accepted"), or -1. */
function bracketedDecisionAt(s: string): number {
  const m = BRACKETED_AT_END.exec(s);
  return m ? m.index + 1 : -1;
}
const BRACKETED_AT_END = /[([][^()[\]]{2,40}[)\]][.*_ \t]*$/;
