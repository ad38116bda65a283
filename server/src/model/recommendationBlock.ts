// What every recommendation's block shares, whichever rule starts it: it ends at the line that ends with its
// citation, it cites paragraphs, and a progress table's row may carry the Government's reply after the citation.
import { CITATION_ONLY, citationSpans, endsAtItsCitation, endsCitation, findCitations, holdsBracket, leavesCitationOpen, replyAfter } from './citations';
import { isRowLine, proseGoesOn, startsAfterSentence } from './prose';
import type { Block, RecommendationMeaning, Start } from './rules/types';
import { afterIndent, endsSentence, isBlankLine, isHeadingLine, isLabelLine } from './lines';
import { INQUIRY_OPENING, RECOMMENDS, UNDERTAKING } from './patterns';
import type { LineState } from './state';
import { cellEdge, cellsByEdge, decisionCell, holdsWords } from './tableColumns';
import type { Paragraph, Position, Range } from './types';
import { decisionAt, GOVERNMENT_DECIDES, opensWithDecision, repliesAt, rowStatus } from './verdicts';

/**
 * True while the block has not reached the line that ends its citation, nor a heading over the next recommendation: a
 * recommendation's `goesOn` (a numbered paragraph of the Government's, read as one until the builder knows, too).
 */
export function beforeItsCitation(state: LineState, block: Block, next: number): boolean {
  const n = block.lines.length;
  const last = state.lines[block.lines[n - 1]];
  if (endsAtItsCitation(state, block)) return false;
  // A numbered section's title is a line of its own ("2. Response to the Committee's recommendations", no blank line
  // under it).
  if (n === 1 && isPartTitle(last.slice(block.start.prefix))) return false;
  // A numbered paragraph that opens, after its number, with a decision ("5. Accepted. …") is the Government's own reply,
  // and reads on as prose does: not into the words of the recommendation after it. (Not one that opens "We welcome …" or
  // "The Committee notes …": a committee's words open so too, and go on to their citation.)
  // So does one that opens with the Government deciding ("3. The Government agrees that a strategy is needed. …"), which
  // a committee's words do not open with.
  if (endsSentence(last) && (decisionAt(state.lines[block.lines[0]], block.start.prefix) !== undefined || GOVERNMENT_DECIDES.test(state.lines[block.lines[0]].slice(block.start.prefix)))) return proseGoesOn(state, block, next);
  // "… (para." is no sentence's end: the citation goes on, on the next line (asked only where a sentence seemed to end).
  return !startsAfterSentence(state, block, next) || leavesCitationOpen(last);
}

/** The most lines one item of a recommendation's list runs to. */
const MAX_ITEM_LINES = 12;

/**
 * A recommendation whose words end by opening a list ("… so that:") takes the list's items after it, and the citation
 * that may stand alone after them: "i) every prison …; ii) …; (Paragraph 42)" are its words, not a reply.
 */
export function takesItsList(state: LineState, mine: Paragraph, next: Paragraph, first = false, after?: Paragraph): boolean {
  if (next.kind !== 'list-item' && next.kind !== 'text') return false;
  if (next.kind === 'text' && takesItsCitedWords(state, mine, next, first, after)) return true;
  const lastLine = mine.lines[mine.lines.length - 1];
  // In a list when its last item began on one of its last lines: a wrap may have carried the item on ("i) every prison
  // has a secure digital learning platform" / "by 2028;").
  let k = mine.lines.length - 1;
  while (k > 0 && mine.lines.length - k < MAX_ITEM_LINES && state.startAt(mine.lines[k]).kind === 'text') k--;
  const inList = state.startAt(mine.lines[k]).kind === 'list-item';
  if (next.kind === 'list-item') return inList || endsWithColon(state.lines[lastLine]);
  return inList && next.kind === 'text' && next.lines.length === 1 && CITATION_ONLY.test(state.lines[next.lines[0]]);
}

/**
 * A recommendation a blank line split, its citation at the end of its last paragraph: "1. The Department has not yet
 * set out how it will measure value for money." / "It should publish a benefits plan … (Paragraph 14)". A numbered
 * paragraph that cites nothing takes in the paragraph of text after it whose words end at their citation, or the two
 * after it when the second so ends; none that opens as a reply does ("The Government agrees …"), nor does one that
 * opens so itself (a Government's numbered paragraph).
 */
function takesItsCitedWords(state: LineState, mine: Paragraph, next: Paragraph, first: boolean, after: Paragraph | undefined): boolean {
  // Most recommendations cite on their own lines: settled by the citations read already.
  if (mine.lines.length > MAX_SPLIT_LINES) return false;
  for (const line of mine.lines) if (state.citationsOn(line).length) return false;
  if (opensAsReply(state, next)) return false;
  const start = state.startAt(mine.lines[0]);
  if (start.kind !== 'recommendation') return false;
  // A numbered title that names a part of the document is a section's ("2. Response to the Committee's
  // recommendations", "1. Introduction"): the words after it are not its.
  if (mine.lines.length === 1 && isPartTitle(state.lines[mine.lines[0]].slice(start.prefix))) return false;
  // (Words that open as a reply's do may be the Committee's — "3. We welcome the pilot." / "It should be extended …
  // (Paragraph 30)" — where the number carries on from a recommendation that cites and the words after recommend.)
  if (opensWithDecision(state.lines[mine.lines[0]].slice(start.prefix)) && !(recommends(state, next) && followsCitedNumber(state, mine.lines[0], start))) return false;
  // Or, where it recommends, the words that a reply's heading follows and that recommend nothing ("1. The Department
  // should …" / "We will return to this …" / "Government response").
  const headed = after?.kind === 'response-heading' && recommends(state, mine) && !recommends(state, next);
  // (Two paragraphs only where the first is prose: a title between is a theme's heading over the words after it, and a
  // number over the two a section's, "2. Response to the Committee's recommendations" / "Safety standard" / "The
  // Government should … (Paragraph 34)".)
  const cites = endOfCitedWords(state, next) !== undefined || headed || (first && after !== undefined && after.kind === 'text' && !(next.lines.length === 1 && isHeadingLine(state.lines[next.lines[0]])) && !opensAsReply(state, after) && endOfCitedWords(state, after) !== undefined);
  return cites && !numbersAReply(state, mine.lines[0], start);
}
/** Words a section's title uses of a part of the document: "Response to the Committee's recommendations", "Introduction". */
const PART_WORDS = /\b(?:[Rr]ecommendations|[Cc]onclusions|[Rr]esponses?|Introduction|Background|Summary|Annex|Appendix|Glossary|Foreword)\b/;

/** True when the words are a title (a heading's line, no sentence) that names a part of the document. */
function isPartTitle(words: string): boolean {
  return isHeadingLine(words) && namesPart(words);
}

/** True when the line names a part of the document (PART_WORDS): part of what a keystroke there may change. */
export const namesPart = (s: string): boolean => PART_WORDS.test(s);

/**
 * True when the numbered paragraph at `line` carries on from the number before it (its rule's, within MAX_LOOK_BACK
 * lines) on a line that cites: "2. … (Paragraph 22)", its reply, then "3. …".
 */
function followsCitedNumber(state: LineState, line: number, start: Start): boolean {
  if (start.number === undefined) return false;
  const k = numberedBefore(state, line, line - 1, start);
  if (k < 0 || state.startAt(k).number !== start.number - 1) return false;
  // Its citation on its line or on the lines of its paragraph after it.
  for (let j = k; j < line && !isBlankLine(state.lines[j]); j++) if (state.citationsOn(j).length) return true;
  return false;
}

/**
 * The line, from `k` back, where the paragraph numbered as `start`'s is before the one at `line` (its rule's start with a
 * number), within MAX_LOOK_BACK lines of `line`; -1 when none.
 */
function numberedBefore(state: LineState, line: number, k: number, start: Start): number {
  for (; k >= 0 && line - k < MAX_LOOK_BACK; k--) {
    const before = state.startAt(k);
    if (before.owner === start.owner && before.number !== undefined) return k;
  }
  return -1;
}

/** The most lines a recommendation split so runs to before it reaches its citation. */
const MAX_SPLIT_LINES = 40;
/** How far back a numbered paragraph looks for what it follows. */
const MAX_LOOK_BACK = 200;

/**
 * True when the numbered paragraph at `line` is a reply's own: the numbering it carries on ("1. The Government agrees
 * …", "2. Further work …", "3. …") started with a paragraph that opened as a reply does, or with one that followed a
 * recommendation's citation directly. Looks back over MAX_LOOK_BACK lines at most.
 */
function numbersAReply(state: LineState, line: number, start: Start): boolean {
  let expected = (start.number ?? 0) - 1;
  let k = line - 1;
  for (;;) {
    while (k >= 0 && line - k < MAX_LOOK_BACK && isBlankLine(state.lines[k])) k--;
    if (k < 0 || line - k >= MAX_LOOK_BACK) return false;
    const afterCitation = endsCitation(state.lines[k], k > 0 ? state.lines[k - 1] : undefined);
    k = numberedBefore(state, line, k, start);
    const before = k < 0 ? undefined : state.startAt(k);
    if (before === undefined || before.number !== expected) return afterCitation;
    if (opensWithDecision(state.lines[k].slice(before.prefix))) return true;
    expected--;
    k--;
  }
}

/** True when a line of the paragraph recommends ("should", "recommends" …), from its `from`-th line on (all of them when unset). */
export function recommends(state: LineState, p: Pick<Paragraph, 'lines'>, from = 0): boolean {
  for (let k = from; k < p.lines.length; k++) if (RECOMMENDS.test(state.lines[p.lines[k]])) return true;
  return false;
}

/**
 * True when the words under a heading — its paragraph's lines after the first — recommend: the Committee's words, not
 * a reply's ("Recommendation 1" over "The Department should …"; "Recommendation 1: Accepted" over a reply is no heading
 * of a recommendation).
 */
export function wordsUnderRecommend(state: LineState, p: Paragraph): boolean {
  return recommends(state, p, 1);
}

function opensAsReply(state: LineState, p: Paragraph): boolean {
  return opensWithDecision(state.lines[p.lines[0]]);
}

/** Where the words start when such a label alone (isLabelLine) is the paragraph's first line (its end: the words are under it); else undefined. */
export function labelLineEnd(state: LineState, p: Paragraph): number | undefined {
  const first = state.lines[p.lines[0]];
  return p.lines.length > 1 && isLabelLine(first) ? first.length : undefined;
}

/**
 * What a recommendation's paragraph means: its numbers (several where a heading names several over one text), the
 * paragraphs it cites, and the reply it carries: the status a progress table's row gives after its citation ("… (Para
 * 41) Under consideration"), or the words after a reply's label in its own paragraph ("… by 2025. Response: Accepted.").
 */
export function recommendationMeaning(state: LineState, p: Paragraph, several?: readonly number[]): RecommendationMeaning {
  const line = p.lines[p.lines.length - 1];
  const status = rowStatus(state.lines[line]);
  const range: Range | undefined = status && { start: { line, character: status.start }, end: { line, character: status.start + status.text.length } };
  const meaning: RecommendationMeaning = {
    role: 'recommendation',
    several: several && several.length > 1 ? several : NONE,
    citations: findCitations(state, p.lines),
    reply: status && range ? { range, decision: { text: status.text, range }, layout: 'row-status' } : undefined,
  };
  return status ? meaning : withReplyAfterBold(state, p, withReplyAfterCell(state, p, withReplyAfterCitation(state, p, withLabelledReply(state, p, meaning))));
}

/**
 * In a row whose cells bars or tabs part ("1. The Department should … | Accepted. … | None.", as a table imported from
 * a PDF gives it, or copied out of a Word file), the words from `words` on end at the first cell's edge (`edge`) and
 * the reply starts after it (`from`: the line's length when the cells after it are empty, no reply). Undefined where
 * the row is not read so: no edge, a first cell of fewer than three words or of a decision alone (a status
 * summary's), or one with a reply after a citation of its own ("… (Para 12) Accepted | …", read from the citation).
 */
export function replyAfterCell(line: string, words: number): { edge: number; from: number } | undefined {
  const edge = cellEdge(line, words);
  if (edge < 0) return undefined;
  const cell = line.slice(words, edge);
  if (!holdsWords(cell)) return undefined;
  const spans = citationSpans(cell);
  if (spans.length && replyAfter(cell, spans[spans.length - 1].end) >= 0) return undefined;
  let from = edge + 1;
  while (from < line.length && (line.charCodeAt(from) <= 32 || line.charCodeAt(from) === 124)) from++;
  return { edge, from };
}

/**
 * A one-line paragraph whose cells bars or tabs part, read by any rule ("**Recommendation 1.** The Welsh Government
 * should … | Accept | …"): its words end at their cell's edge, the cells after it its reply, none when they are empty.
 * (Not a Markdown table's row, whose bar opens it: its rule reads its cells.)
 */
function withReplyAfterCell(state: LineState, p: Paragraph, meaning: RecommendationMeaning): RecommendationMeaning {
  if (meaning.reply || p.lines.length !== 1) return meaning;
  const line = p.lines[0];
  const s = state.lines[line];
  const prefix = state.startAt(line).prefix;
  if ((s.indexOf('|', prefix) < 0 && s.indexOf('\t', prefix) < 0) || s.charCodeAt(afterIndent(s)) === 124) return meaning;
  const cell = replyAfterCell(s, prefix);
  if (!cell) return meaning;
  let end = cell.edge;
  while (end > prefix && s.charCodeAt(end - 1) <= 32) end--;
  const wordsEnd = { line, character: end };
  return { ...meaning, wordsEnd, ownRow: true, ...(cell.from < s.trimEnd().length ? { reply: withStatusCell(replyFrom(state, p, { line, character: cell.from }, 'reply-after-cell'), s, cellsByEdge(s, cell.edge)) } : {}) };
}

/**
 * A reply after the recommendation's words in bold, where the bold ends: "**Recommendation 1: The Government should
 * publish a strategy.** The Government agrees …" (or on the line after, in a paragraph with no blank line between),
 * as a citation ends words that have one.
 */
function withReplyAfterBold(state: LineState, p: Paragraph, meaning: RecommendationMeaning): RecommendationMeaning {
  if (meaning.reply || meaning.citations.length) return meaning;
  const found = replyAfterBold(state, p, state.startAt(p.lines[0]).prefix);
  return found ? { ...meaning, wordsEnd: found.wordsEnd, reply: replyFrom(state, p, found.from, 'reply-after-bold') } : meaning;
}

/**
 * Where the words in bold end and the reply after them starts, in a paragraph whose words (after `prefix`, its
 * number or label) are in bold: only where the bold opens the line or the words after the label, goes past the
 * label, and what follows it opens as a reply does; undefined otherwise.
 */
export function replyAfterBold(state: LineState, p: Paragraph, prefix: number): { wordsEnd: Position; from: Position } | undefined {
  const first = p.lines[0];
  const s = state.lines[first];
  const open = s.indexOf('**');
  if (open < 0) return undefined;
  // The bold opens the line ("**Recommendation 1: …") or the words after the label ("1. **The Department …").
  if (afterIndent(s) < open && !(open >= prefix && afterIndent(s, prefix) >= open)) return undefined;
  for (let k = 0; k < p.lines.length; k++) {
    const line = p.lines[k];
    const t = state.lines[line];
    const close = t.indexOf('**', k === 0 ? open + 2 : 0);
    if (close < 0) continue;
    // A label in bold alone ("**Recommendation 1:** The Department should …"): its words are not bold.
    if (k === 0 && close < prefix + MIN_BOLD_WORDS) return undefined;
    let at = close + 2;
    while (at < t.length && t.charCodeAt(at) <= 32) at++;
    const next = k + 1 < p.lines.length ? state.lines[p.lines[k + 1]] : '';
    if (at < t.length) return repliesAt(t, at, next) ? { wordsEnd: { line, character: close }, from: { line, character: at } } : undefined;
    if (!next || !repliesAt(next, 0, k + 2 < p.lines.length ? state.lines[p.lines[k + 2]] : '')) return undefined;
    return { wordsEnd: { line, character: close }, from: { line: p.lines[k + 1], character: 0 } };
  }
  return undefined;
}

/** How many characters of words a recommendation's bold must hold past its label: more than a number or a title's word. */
const MIN_BOLD_WORDS = 12;


/**
 * A reply on the line of the words' citation, after it, that opens as a reply does, where the paragraph does not go on
 * to end at a citation: "… for social care. (Paragraph 45) The Government accepts …", "… (Para 52) Not accepted. …".
 * Where is its line (in `p.lines`, index `k`), where the words end and where the reply starts (`at`, on line `atK`:
 * the next, where a cell's edge ends the line).
 */
export function replyAfterCitation(state: LineState, p: Paragraph): { k: number; end: number; at: number; atK: number } | undefined {
  const n = p.lines.length;
  // Most paragraphs have no bracket, or end with their citation: settled at once.
  let cites = false;
  for (let k = 0; k < n && !cites; k++) {
    const s = state.lines[p.lines[k]];
    if (holdsBracket(s)) cites = state.citationsOn(p.lines[k]).length > 0 || (k + 1 < n && leavesCitationOpen(s));
  }
  if (!cites || endsAtItsCitation(state, p)) return undefined;
  // (Numbered, or with another row so opened near it: a reply's sentence may open "To address this, …". A row a wrap
  // spread over lines is one too where its words are an undertaking's, "That the MoD …", beside another.)
  const first = state.lines[p.lines[0]];
  const start = state.startAt(p.lines[0]);
  const clause = THAT.test(first.slice(start.prefix)) && (start.prefix > 0 || undertakingNear(state, p));
  const row = (n === 1 && (clause || amongRows(state, p.lines[0]) || besideRow(state, p.lines[0]))) || (INQUIRY_OPENING.test(first) && undertakingNear(state, p));
  // (Also after a citation a line break cut: "… (paragraph" / "12). The Government agrees …".)
  for (const c of findCitations(state, p.lines)) {
    const { line, character } = c.range.end;
    const s = state.lines[line];
    const k = p.lines.indexOf(line);
    const edge = cellEdgeAfter(s, character);
    const at = replyAfter(s, character);
    // (A cell's edge that ends the line, "… inclusion. (para 145) |", has the reply's cell on the next.)
    if (at < 0 && edge && k + 1 < n && hasWordsBefore(state, p, c.range.start)) return { k, end: character, at: afterIndent(state.lines[p.lines[k + 1]]), atK: k + 1 };
    if (at < 0) continue;
    // (Its opening may go on on the next line: "… (paragraph 12). The Government" / "agrees …".) A progress table's row
    // of one line, its words "That the …" or "To …", takes whatever follows its citation as its reply cell, as a
    // numbered row does.
    // So does a cell's edge after the citation ("… inclusion. (para" / "145) | Education Scotland has agreed …", a
    // table whose rows a wrap spread over lines): the cell after it is the reply's, whatever it says.
    const celled = (row || edge) && hasWordsBefore(state, p, c.range.start);
    if (celled || repliesAt(s, at, k + 1 < n ? state.lines[p.lines[k + 1]] : '')) return { k, end: character, at, atK: k };
  }
  return undefined;
}

/** True when a cell's edge, a bar, follows the citation that ends at `end` (past a full stop and spaces). */
function cellEdgeAfter(s: string, end: number): boolean {
  let i = end;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9 || s.charCodeAt(i) === 46)) i++;
  return s.charCodeAt(i) === 124 /* | */;
}

/** True when the paragraph has words before `at` (after its marker): a citation that opens the words ("[Paragraph 2] The …") ends none. */
function hasWordsBefore(state: LineState, p: Paragraph, at: Position): boolean {
  const first = p.lines[0];
  if (at.line !== first) return true;
  const s = state.lines[first];
  for (let i = state.startAt(first).prefix; i < at.character; i++) if (s.charCodeAt(i) > 32) return true;
  return false;
}

/**
 * True when line `line` is one of a flattened table's rows: the line straight before or after it (no blank line
 * between) starts a recommendation by the same rule ("Recommendation 1: … (Para 9) The evaluation was sent …" over
 * "Recommendation 2: …"). A row's words after its citation are its reply cell, whatever they say.
 */
function amongRows(state: LineState, line: number): boolean {
  const rule = state.startAt(line).rule;
  for (const other of [line - 1, line + 1]) {
    if (other < 0 || other >= state.lines.length) continue;
    const m = state.startAt(other);
    if (m.rule === rule && m.kind === 'recommendation') return true;
  }
  return false;
}

/**
 * True when line `line` and the line of text nearest it, above or below (blank lines between or none), are rows of a
 * flattened table with no numbers, each on its own line: words that end at their citation and a cell's after it.
 */
function besideRow(state: LineState, line: number): boolean {
  if (!isRowLine(state, line)) return false;
  for (const step of [-1, 1]) {
    let other = line + step;
    while (other >= 0 && other < state.lines.length && Math.abs(other - line) <= MAX_ROW_GAP && isBlankLine(state.lines[other])) other += step;
    if (other >= 0 && other < state.lines.length && !isBlankLine(state.lines[other]) && isRowLine(state, other)) return true;
  }
  return false;
}
/** The most blank lines between two rows. */
const MAX_ROW_GAP = 2;

/** A progress table's recommendation or undertaking: "That the MoD …", "That in future, …", "To conduct an inquiry …". */
const THAT = /^[ \t]*(?:\*\*)?T(?:hat|o)[ \t]/;

/** How far from a paragraph another row's first line is looked for: a row a wrap spread over as many lines. */
const ROW_REACH = 8;

/**
 * True when another line that opens as a progress table's row does ("That the …", "To conduct …") stands within a few
 * lines above or below the paragraph (blank lines counted): rows stand together, where a reply's sentence that opens so
 * stands alone.
 */
function undertakingNear(state: LineState, p: Paragraph): boolean {
  const from = p.lines[0];
  const to = p.lines[p.lines.length - 1];
  for (let k = from - 1; k >= 0 && from - k <= ROW_REACH; k--) if (UNDERTAKING.test(state.lines[k])) return true;
  for (let k = to + 1; k < state.lines.length && k - to <= ROW_REACH; k++) if (UNDERTAKING.test(state.lines[k])) return true;
  return false;
}

/** The meaning with the reply that follows the words' citation on its line (replyAfterCitation); as it was when none does. */
function withReplyAfterCitation(state: LineState, p: Paragraph, meaning: RecommendationMeaning): RecommendationMeaning {
  if (meaning.reply) return meaning;
  const found = replyAfterCitation(state, p);
  if (!found) return meaning;
  const line = p.lines[found.k];
  return { ...meaning, wordsEnd: { line, character: found.end }, reply: replyFrom(state, p, { line: p.lines[found.atK], character: found.at }, 'reply-after-citation') };
}

/**
 * "Response:", "Government response:", "**Reply:**" after a sentence's end inside the paragraph (not at a line's start,
 * where it heads a block of its own): the reply's label, the reply's words after it. The label may name who answers,
 * before the word or after it: "Ofwat response:", "The Department's response:", "Response from the Environment Agency:"
 * (up to eight words after "from", "of" or "by", as the response-from rule reads a heading's). ("Government response:",
 * "Our reply:" are names before the word.) Also "Answer:" and "Government comment:" (never the committee's comment on
 * the reply, "Committee comment:").
 */
const LABEL = String.raw`(?:\*\*)?(?:(?!(?:The[ \t]+)?Committee)(?:The[ \t]+)?[A-Z][\w&’'-]*(?:[ \t]+(?:of|for|and|[A-Z][\w&’'-]*)){0,4}[ \t]+(?:response|reply|comment|answer)|(?:Response|Reply|Answer)(?:[ \t]+(?:from|of|by)[ \t]+(?:the[ \t]+)?[A-Z][\w&’'.-]*(?:,?[ \t]+(?:of|for|and|the|&|[A-Z][\w&’'.-]*)){0,7}?)?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(?=\S|$)`;
/**
 * The label after a sentence's end, in group 1; after a bracket's close with no space too, its stop or not, as a web
 * page's copy glues a label to the citation before it ("… (Paragraph 14)Response: The Government …", "… (Paragraph
 * 15).Response: Agreed."). (Matched from the sentence's end,
 * not behind a lookbehind: a pattern that begins with a lookbehind is tried at every position of the line, four times
 * as slow.)
 */
const REPLY_LABEL = new RegExp(String.raw`(?:[.!?…”"’](?:\*\*)?[ \t]+|[)\]]\.?(?:\*\*)?[ \t]*)(${LABEL})`);
const REPLY_LABEL_AT = new RegExp(LABEL, 'y');

/** Where a reply's words start at `at` of `s`: after its label ("Government response:"), when one stands there. */
export function afterReplyLabel(s: string, at: number): number {
  REPLY_LABEL_AT.lastIndex = at;
  return REPLY_LABEL_AT.test(s) ? REPLY_LABEL_AT.lastIndex : at;
}

/**
 * Whether a colon on the line follows "response" or "reply" (over spaces and bold marks), or a name after them, as a
 * label's does: most lines name no reply, and are settled without the pattern. (Found by a search for one character,
 * which is quick; a search for a word, as this was, calls into the engine's runtime: made on every paragraph's lines,
 * it took a sixth of the bundled report's reading.)
 */
function mayHoldReplyLabel(s: string): boolean {
  for (let colon = s.indexOf(':'); colon >= 0; colon = s.indexOf(':', colon + 1)) {
    let end = colon;
    while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9 || s.charCodeAt(end - 1) === 42)) end--;
    if (s.startsWith('esponse', end - 7) || s.startsWith('eply', end - 4)) return true;
    // Or follows who answers after "Response from", "Reply by" ("Response from the Environment Agency:"): looked for
    // only just before the colon, so that a long line of colons is read once each, not back to its start.
    const before = s.slice(Math.max(0, end - NAMED_LABEL_LENGTH), end);
    if (before.includes('esponse ') || before.includes('eply ')) return true;
  }
  return false;
}
/** How far before its colon a label that names who answers may begin: "Response from the Department for Digital, Culture, Media and Sport:". */
const NAMED_LABEL_LENGTH = 90;

/**
 * Where a paragraph's words end at their citation, as a recommendation's do: on its last line ("… (Paragraph 41)"),
 * or before a reply's label in the paragraph ("… (Paragraph 41) Response: We agree …"). The index of that line in the
 * paragraph and the column the words end at (the line's length for the last); undefined when they do not.
 */
export function endOfCitedWords(state: LineState, p: Paragraph): { k: number; end: number } | undefined {
  const n = p.lines.length;
  if (endsAtItsCitation(state, p)) return { k: n - 1, end: state.lines[p.lines[n - 1]].length };
  const label = replyLabelIn(state, p);
  if (!label) {
    // Or before a reply on the citation's line ("… (Paragraph 45) The Government accepts …").
    const after = replyAfterCitation(state, p);
    return after && { k: after.k, end: after.end };
  }
  const k = p.lines.indexOf(label.line);
  return endsCitation(state.lines[label.line].slice(0, label.start), k > 0 ? state.lines[p.lines[k - 1]] : undefined) ? { k, end: label.start } : undefined;
}

/** The first reply label inside the paragraph's lines: on which line, where it starts and where the reply's words start. */
export function replyLabelIn(state: LineState, p: Paragraph): { line: number; start: number; end: number } | undefined {
  for (const line of p.lines) {
    const s = state.lines[line];
    if (!mayHoldReplyLabel(s)) continue;
    const m = REPLY_LABEL.exec(s);
    if (m) return { line, start: m.index + m[0].length - m[1].length, end: m.index + m[0].length };
  }
  return undefined;
}

/** The meaning with the reply that a label inside the paragraph introduces, its words ending before it; as it was when none does. */
function withLabelledReply(state: LineState, p: Paragraph, meaning: RecommendationMeaning): RecommendationMeaning {
  const label = replyLabelIn(state, p);
  if (!label) return meaning;
  const { line, start } = label;
  const last = p.lines[p.lines.length - 1];
  // The reply is the words after the label, as under a label on a line of its own ("DHSC response: Agree"); a label
  // that a line break left at a line's end has them on the next line.
  const atEnd = label.end >= state.lines[line].length && line !== last;
  const from: Position = atEnd ? { line: p.lines[p.lines.indexOf(line) + 1], character: 0 } : { line, character: label.end };
  return { ...meaning, wordsEnd: { line, character: start }, reply: replyFrom(state, p, from, 'reply-label') };
}

/**
 * True when the number that opens line `line` stands straight before its words, as a flattened table's cells leave it
 * ("7.That the MoD …", "7<tab>…"): a wrap leaves a space after a number.
 */
export function tableNumberAt(state: LineState, line: number): boolean {
  const start = state.startAt(line);
  return start.prefix > 0 && state.lines[line].charCodeAt(start.prefix - 1) !== 32;
}

/**
 * The reply with the decision that a table's status cell gives (tableColumns.ts: decisionCell), where its words open
 * with none: "| … | A plan will follow. | Accepted |".
 */
export function withStatusCell(reply: NonNullable<RecommendationMeaning['reply']>, s: string, cells: readonly { start: number; end: number }[]): NonNullable<RecommendationMeaning['reply']> {
  if (reply.decision) return reply;
  const line = reply.range.start.line;
  const found = decisionCell(s, cells.filter((c) => c.start >= reply.range.start.character));
  return found ? { ...reply, decision: { text: found.text, range: { start: { line, character: found.start }, end: { line, character: found.start + found.text.length } } } } : reply;
}

/**
 * A reply inside a recommendation's paragraph: its words from `from` to `end` (the paragraph's end unless given: a
 * table row's cells may end before its line does), with the decision that opens them.
 */
export function replyFrom(state: LineState, p: Paragraph, from: Position, layout: string, end?: Position): NonNullable<RecommendationMeaning['reply']> {
  const last = p.lines[p.lines.length - 1];
  const decision = decisionAt(state.lines[from.line], from.character);
  const range: Range = { start: from, end: end ?? { line: last, character: state.lines[last].trimEnd().length } };
  return {
    range,
    decision: decision && { text: decision.text, range: { start: { line: from.line, character: decision.start }, end: { line: from.line, character: decision.start + decision.text.length } } },
    layout,
  };
}

const NONE: readonly number[] = Object.freeze([]);

/** True when the line's last character other than a space is a colon: it opens a list. */
function endsWithColon(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && line.charCodeAt(i) <= 32) i--;
  return line.charCodeAt(i) === 58;
}

/** True when the paragraph's last line ends with a colon (endsWithColon): its words open a list ("… within a year:"). */
export function opensList(state: LineState, p: Paragraph): boolean {
  return endsWithColon(state.lines[p.lines[p.lines.length - 1]]);
}
