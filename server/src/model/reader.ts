// Reads the lines into logical paragraphs, as markdown-it's block parser reads a document: at each line the first
// rule that claims it starts a block, and the block's rule says where it ends (rules/types.ts). Around that, the few
// things no one rule owns: page furniture is passed over, a paragraph a page break cut mid-sentence is joined again,
// and a rule's paragraph takes in the paragraphs it declares its own ("Recommendation 7" and the words after it).
import { CITATION_CLOSE, CITATION_CLOSE_AT_START, CITATION_ONLY, endsWithCitation, leavesCitationOpen } from './citations';
import { furnitureAmong, isShort } from './furniture';
import { endsSentence, isBlankLine, MIN_PROSE_LINE, NAMED_HEADING, startsLowerCase, startsWithDigit } from './lines';
import { RECOMMENDS } from './patterns';
import { CLAIMING_RULES, ruleNamed, TEXT_RULE } from './rules';
import type { Block, BlockRule } from './rules/types';
import type { LineState } from './state';
import { isRecommendationRow } from './tableColumns';
import type { Paragraph } from './types';

/**
 * The document's paragraphs, in order, kept on the state (`state.paragraphs`) with its page furniture. Furniture is
 * found among the short lines a first reading met; only a document that has some (a PDF copy) is read a second time,
 * without it.
 */
export function readParagraphs(state: LineState): Paragraph[] {
  const short: number[] = [];
  const ruled: number[] = [];
  state.furniture = undefined;
  state.someTake = false;
  state.spaced = isSpaced(state.lines);
  const first = paragraphsOf(state, short, ruled);
  const found = furnitureAmong(
    state.lines,
    short,
    (i) => state.startAt(i).kind === 'text',
    (i) => isTableRow(state, i),
    ruled,
  );
  // Lines a furniture rule claimed were passed over already; furniture found by recurring needs a second reading.
  state.furniture = withLines(found, ruled, state.lines.length);
  const read = found ? paragraphsOf(state) : first;
  // Each paragraph's first line's rule is asked what it takes in.
  let paragraphs = state.someTake ? takeFollowing(state, read, (p) => state.startAt(p.lines[0]).owner) : read;
  state.paragraphs = paragraphs;
  for (const rule of CLAIMING_RULES) {
    if (rule.claimsHere && !rule.claimsHere(state)) continue;
    let claimed = false;
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (mayClaim(rule, p) && rule.claims!(state, p, i)) {
        p.kind = rule.props.readAs ?? p.kind;
        p.rule = rule.name;
        claimed = true;
      }
    }
    // A claiming rule may take in the paragraphs after those it claimed, as a rule that starts a block may: the words
    // a blank line sets apart from "Paragraph 34" alone above them. The rules after it read the paragraphs so joined.
    if (claimed && rule.takes) {
      paragraphs = takeFollowing(state, paragraphs, (p) => (p.rule === rule.name ? rule : TEXT_RULE));
      state.paragraphs = paragraphs;
    }
  }
  return paragraphs;
}

/** `marks` (made when undefined) with `lines` marked too; undefined when there is nothing to mark. */
function withLines(marks: Uint8Array | undefined, lines: readonly number[], length: number): Uint8Array | undefined {
  if (!lines.length) return marks;
  const out = marks ?? new Uint8Array(length);
  for (const i of lines) out[i] = 1;
  return out;
}

/**
 * The rule that claims paragraph `index` of plain text as a whole (see BlockRule.claims), if any does, the paragraphs
 * around it being as they are. A claim depends on the paragraph's own lines and the kinds of those around it.
 */
export function claimantOf(state: LineState, p: Paragraph, index: number): BlockRule | undefined {
  for (const rule of CLAIMING_RULES) if (mayClaim(rule, p) && (!rule.claimsHere || rule.claimsHere(state)) && rule.claims!(state, p, index)) return rule;
  return undefined;
}

/** A claiming rule is asked about paragraphs of text, and about list items and response headings when it says it claims them. */
function mayClaim(rule: BlockRule, p: Paragraph): boolean {
  return p.kind === 'text' || (p.kind === 'list-item' && rule.props.claimsItems === true) || (p.kind === 'response-heading' && rule.props.claimsHeadings === true);
}

/** True when line `i` is a table row: a recommendation, which starts with its number (other lines are settled without asking the rules). */
export function isTableRow(state: LineState, i: number): boolean {
  return i < state.lines.length && startsWithDigit(state.lines[i]) && state.startAt(i).kind === 'recommendation';
}

/**
 * Calls `each` with each block of consecutive non-blank lines, in order, as soon as it is complete. Lines marked as
 * furniture on the state are passed over; the short lines met are added to `short` when it is given.
 */
function forEachBlock(state: LineState, each: (block: Block) => void, short?: number[], ruled?: number[]): void {
  const lines = state.lines;
  const furniture = state.furniture;
  let current: Block | undefined;
  let endsHere = false;
  let sawBlank = true;
  state.lastNumber = 0;
  for (let i = 0; i < lines.length; i++) {
    if (furniture !== undefined && furniture[i] === 1) continue;
    const line = lines[i];
    if (isBlankLine(line)) {
      // In text with a blank line after every line, one blank line parts no paragraphs: two or more do.
      if (state.spaced && i > 0 && i + 1 < lines.length && !isBlankLine(lines[i - 1]) && !isBlankLine(lines[i + 1])) continue;
      if (current) each(current);
      current = undefined;
      sawBlank = true;
      continue;
    }
    const m = state.startAt(i);
    // A furniture rule's line is passed over as found furniture is: the text around it reads on.
    if (m.owner.props.furniture) {
      ruled?.push(i);
      continue;
    }
    // A citation a line break cut ("… (Paragraphs 2" / "and 3 of the report)") is words, never a page's furniture.
    if (short !== undefined && m.kind === 'text' && isShort(line) && !inCutCitation(lines, i)) short.push(i);
    // Asked only when a line follows (furniture passed over): most blocks end at a blank line, which settles it.
    // An item of a list the block's words opened goes on with them, whatever rule its number would start.
    const inList = current !== undefined && m.kind !== 'text' && listGoesOn(lines[current.lines[current.lines.length - 1]], line);
    if (current && !endsHere && !inList && current.rule.goesOn) endsHere = !current.rule.goesOn(state, current, i);
    const rule = m.owner;
    if (!current || endsHere || (m.kind !== 'text' && !inList && (!rule.interrupts || rule.interrupts(state, current, m, i)))) {
      if (current) each(current);
      current = { rule, start: m, lines: [i], afterBlank: sawBlank };
      endsHere = m.singleLine;
      if (m.kind === 'recommendation' && m.number !== undefined) state.lastNumber = m.number;
    } else {
      current.lines.push(i);
    }
    sawBlank = false;
  }
  if (current) each(current);
}

/** An item's marker: "1.", "2)", "(a)", "b)", "ii.", "(iv)", with a space after it. */
const ITEM_MARKER = /^[ \t]*(?:\*\*)?(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])(?:\*\*)?[ \t]/;
/** A list's item that "and" or "or" ends, another after it: "…; and", "…, or" (in bold or italics too: "…; and**"). */
const AND_OR_ITEM = /[;,][ \t]*(?:and|or)[*_]*[ \t]*$/;

/**
 * True when `line`, a numbered or lettered item, carries on the list that the line before it (`last`) opened or is in:
 * after words that recommend and end with a colon ("The Department should, within six months:" / "1. Publish a plan
 * …;" / "2. Set targets …; and" / "3. Report … (Paragraph 12)"), or after an item that ends as one another follows does.
 * The items are the recommendation's words, not recommendations or headings of their own.
 */
export function listGoesOn(last: string, line: string, apart = false): boolean {
  const lead = listLead(last);
  if (lead === undefined || !ITEM_MARKER.test(line)) return false;
  // After a colon, the first item is a fragment of what is recommended ("1. Publish a plan …;"): one that recommends
  // itself ("1. The Department should publish a plan. (Paragraph 3)", under "… which the Government should address:")
  // is a recommendation of its own. So is any such item a blank line sets `apart`.
  return (!apart && lead === 'item') || !RECOMMENDS.test(line);
}

/** What of a line decides whether it is an item of such a list: for the keystroke path, which keeps the rest. */
export function itemSignature(line: string): string {
  return `${listLead(line) !== undefined}:${ITEM_MARKER.test(line) && RECOMMENDS.test(line)}`;
}

/**
 * How the line leads to a list's next item: as an item another follows ("…;", "…; and", "…, or": 'item'), as words
 * that recommend and open a list ("The Department should, within six months:": 'lead-in'), or not at all. Told by its
 * last character before its closing spaces and bold or italic marks ("**… within six months:**"): most lines end with
 * a full stop or a bracket, and are settled by that alone.
 */
function listLead(line: string): 'item' | 'lead-in' | undefined {
  let end = line.length - 1;
  while (end > 0 && (line.charCodeAt(end) === 32 || line.charCodeAt(end) === 9)) end--;
  while (end > 0 && (line.charCodeAt(end) === 42 || line.charCodeAt(end) === 95)) end--;
  const c = line.charCodeAt(end);
  if (c === 59 /* ; */) return 'item';
  if (c === 58 /* : */) return RECOMMENDS.test(line) ? 'lead-in' : undefined;
  return (c === 100 /* d */ || c === 114) /* r */ && AND_OR_ITEM.test(line) ? 'item' : undefined;
}

/** How many of a document's first lines of text show whether it has a blank line after every line. */
const SPACING_SAMPLE = 200;
/** Lines of text this many or more, for a document's spacing to tell. */
const MIN_SPACED_LINES = 10;

/**
 * True when the text has a blank line after every line of a hard-wrapped text (as some converters give a PDF's text):
 * four lines of five or more followed by a blank line (one, or more where a paragraph ends), and one of five or more
 * followed by one blank line and a line that goes on with the sentence (a small letter after a line that ended none).
 * Paragraphs of one line each, a blank line between, start with capitals. Read from its first lines of text, so that
 * the question costs a few hundred lines at most.
 */
export function isSpaced(lines: readonly string[]): boolean {
  let text = 0;
  let apart = 0;
  let goesOn = 0;
  for (let i = 0; i < lines.length && text < SPACING_SAMPLE; i++) {
    if (isBlankLine(lines[i])) continue;
    text++;
    if (i + 1 < lines.length && !isBlankLine(lines[i + 1])) continue;
    apart++;
    if (i + 2 >= lines.length || isBlankLine(lines[i + 2])) continue;
    if (lines[i].length <= MAX_WRAPPED_LENGTH && !endsSentence(lines[i]) && startsLowerCase(lines[i + 2])) goesOn++;
  }
  return text >= MIN_SPACED_LINES && 5 * apart >= 4 * text && 5 * goesOn >= text;
}
const MAX_WRAPPED_LENGTH = 100;

/** True when line `i` leaves a citation open, or opens by closing one the line before left open ("3 of the report) Response: …"). */
function inCutCitation(lines: readonly string[], i: number): boolean {
  return leavesCitationOpen(lines[i]) || (i > 0 && CITATION_CLOSE_AT_START.test(lines[i]) && leavesCitationOpen(lines[i - 1]));
}

function paragraphsOf(state: LineState, short?: number[], ruled?: number[]): Paragraph[] {
  const lines = state.lines;
  const out: Paragraph[] = [];
  let lastText: Paragraph | undefined;
  // Blocks are read one at a time, not collected first: each is garbage as soon as its paragraph is made.
  forEachBlock(
    state,
    (block) => {
      const prev = out[out.length - 1];
      // Annotation lines are transparent: text around them joins as if they were not there.
      const afterAnnotation = prev?.kind === 'annotation';
      const target = afterAnnotation ? lastText : prev;
      // The document's first lines of text are its title: a page break never cut them from the block after.
      const title = target === out[0] && target?.kind === 'text';
      // So does an item of a list the paragraph's words opened, a blank line before it ("… within six months:" / "" /
      // "1. Publish a plan …;" / "" / "2. Set targets …").
      const joins = target && !title && (continuesAcrossBreak(state, target, block, block.afterBlank || afterAnnotation) || (target.kind !== 'annotation' && listGoesOn(lines[target.lines[target.lines.length - 1]], lines[block.lines[0]], true)));
      if (block.start.kind !== 'annotation' && joins) {
        for (const l of block.lines) target.lines.push(l);
        const last = block.lines[block.lines.length - 1];
        target.range = { start: target.range.start, end: { line: last, character: lines[last].length } };
        target.joinedAcrossBreak = true;
        return;
      }
      const p = toParagraph(state, block);
      out.push(p);
      if (p.kind !== 'annotation') lastText = p;
    },
    short,
    ruled,
  );
  return out;
}

/** True when `next` carries on the sentence that `prev` left unfinished at a page break (or around annotation lines). */
function continuesAcrossBreak(state: LineState, prev: Paragraph, next: Block, afterBreak: boolean): boolean {
  if (!afterBreak || next.start.kind !== 'text') return false;
  const props = ruleOfParagraph(state, prev).props;
  if (!props.carriesOverBreak) return false;
  // A row of a table of recommendations is a paragraph of its own, as it is with no break before it (prose.ts).
  if (isRecommendationRow(state, next.lines[0]) || isRecommendationRow(state, prev.lines[prev.lines.length - 1])) return false;
  const first = state.lines[next.lines[0]];
  // A line of its own after the break may end the recommendation the break cut: a citation alone does.
  const endsCut = props.endsAtCitation && prev.kind !== 'conclusion' && next.lines.length === 1;
  if (endsCut && CITATION_ONLY.test(first)) return true;
  const last = state.lines[prev.lines[prev.lines.length - 1]];
  // A citation a line break cut, its close after the blank line ("… on attendance. (Paragraph" / "" / "10)").
  if (CITATION_CLOSE.test(first) && leavesCitationOpen(last)) return true;
  // A bracket that is not a citation ends no sentence when small letters go on after it ("… Trust (PET)" / "to provide …").
  if (endsSentence(last) && !(startsLowerCase(first) && last.trimEnd().endsWith(')') && !endsWithCitation(last))) return false;
  if (startsLowerCase(first)) return true;
  // A citation ends the words before the break as a stop does, a footnote's number after it or not ("… of Human Rights.
  // (Paragraph 18)7").
  if (endsWithCitation(last)) return false;
  // The recommendation's last words and its citation on a line of their own ("September 2026. (Paragraph 34)"), as
  // text with a blank line after every line gives them, after a line as long as prose a wrap cut (not a short title).
  if (endsCut && endsWithCitation(first) && last.trim().length >= MIN_PROSE_LINE) return true;
  // (A heading that names itself, "Chapter 3: Transport and the workforce for families", ends no sentence but cuts none;
  // nor does one in capitals, a letter's subject line: "GOVERNMENT RESPONSE TO THE COMMITTEE'S REPORT ON …".)
  return last.trim().length >= MIN_PROSE_LINE && first.trim().length >= MIN_PROSE_LINE && !(prev.lines.length === 1 && (NAMED_HEADING.test(last.trim()) || inCapitals(last)));
}

/** True when a line has letters and none of them small: a heading in capitals. */
function inCapitals(line: string): boolean {
  return !/\p{Ll}/u.test(line) && /\p{Lu}/u.test(line);
}

/** The rule whose block a paragraph is; the text rule for one the builder has read as text. */
export function ruleOfParagraph(state: LineState, p: Paragraph): BlockRule {
  if (p.kind === 'text') return TEXT_RULE;
  const start = state.startAt(p.lines[0]);
  // A paragraph a rule claimed as a whole is that rule's, whatever its first line started.
  return start.rule === p.rule ? start.owner : ruleNamed(p.rule);
}

function toParagraph(state: LineState, block: Block): Paragraph {
  if (block.rule.takes) state.someTake = true;
  const first = block.lines[0];
  const last = block.lines[block.lines.length - 1];
  return {
    kind: block.start.kind,
    rule: block.start.rule,
    lines: block.lines,
    range: { start: { line: first, character: 0 }, end: { line: last, character: state.lines[last].length } },
    joinedAcrossBreak: false,
  };
}

/**
 * Each paragraph with the paragraphs after it that its rule (`takerOf`) takes in (`takes`): "Recommendation 7" on its
 * own line and the words after it make one recommendation. Other paragraphs are as they were.
 */
function takeFollowing(state: LineState, paragraphs: Paragraph[], takerOf: (p: Paragraph) => BlockRule): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const rule = takerOf(p);
    const readAs = rule.props.readAs ?? p.kind;
    // Most take nothing in: they are kept as they are, not copied.
    if (!rule.takes || (readAs === p.kind && !(i + 1 < paragraphs.length && rule.takes(state, p, paragraphs[i + 1], true, paragraphs[i + 2])))) {
      out.push(p);
      continue;
    }
    const merged: Paragraph = { ...p, kind: readAs, lines: p.lines.slice() };
    let k = i + 1;
    for (; k < paragraphs.length && rule.takes(state, merged, paragraphs[k], k === i + 1, paragraphs[k + 1]); k++) {
      for (const l of paragraphs[k].lines) merged.lines.push(l);
      merged.range = { start: merged.range.start, end: paragraphs[k].range.end };
    }
    out.push(merged);
    i = k - 1;
  }
  return out;
}

/**
 * What a line contributes to the page-break joining decisions: an edit that leaves this the same cannot change how
 * paragraphs are joined.
 */
export function joinSignature(line: string): string {
  const blank = isBlankLine(line);
  return [blank, !blank && endsSentence(line), startsLowerCase(line), line.trim().length >= MIN_PROSE_LINE, CITATION_ONLY.test(line), NAMED_HEADING.test(line.trim()), inCapitals(line)].join();
}
