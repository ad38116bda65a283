// Where a block of prose ends when no blank line says so (a PDF's or a web page's text): words that end with a
// citation end there when a new sentence starts on the next line, and a short line after a sentence, standing right
// before a recommendation, is that recommendation's heading, not more of the prose; a decision alone on a line after a
// sentence ("Accepted.") starts the reply. The rules of prose blocks (text, numbered replies, list items) share it, and
// the recommendation rules the last two (startsAfterSentence).
import { CITATION_ONLY, citationSpans, citedThenCell, citedThenWords, endsAtItsCitation, endsCitation, endsWithNumberTag } from './citations';
import { endsSentence, isBlankLine, isHeadingLine, isLabelLine, isParagraphLine, SALUTATION, startsAddress, startsLowerCase } from './lines';
import { COMMITTEE_OPENS, INQUIRY_OPENING, NAMED_AS_SUBJECT, namedInBrackets, RECOMMENDS, REPLY_NAMES, UNDERTAKING } from './patterns';
import type { Block } from './rules/types';
import type { LineState } from './state';
import { isRecommendationRow } from './tableColumns';
import type { ParagraphKind } from './types';
import { citedThenReplies, decidedLabel, decisionAt, fieldBeforeStatus, isDecisionOnly, opensInReplyVoice, opensWithAnswerer, opensWithAnswererStating, opensWithField, opensWithDecision, opensWithStatus } from './verdicts';

/** True for the kind of a paragraph that opens an item: a recommendation, a conclusion, a report part. */
export const opensItem = (kind: ParagraphKind) => kind === 'recommendation' || kind === 'recommendation-heading' || kind === 'conclusion' || kind === 'report-part';

/** Does the block of prose go on to line `next`? */
export function proseGoesOn(state: LineState, block: Block, next: number): boolean {
  const n = block.lines.length;
  const last = state.lines[block.lines[n - 1]];
  // A row of a table whose header names the recommendations' column is a paragraph of its own: a recommendation.
  if (isRecommendationRow(state, next) || isRecommendationRow(state, block.lines[n - 1])) return false;
  // (A list's letter or small Roman numeral before a capital, "ii. The …", starts a point, not a wrapped line.)
  if (startsLowerCase(state.lines[next]) && !LABELLED.test(state.lines[next])) return true;
  if (endsAtItsCitation(state, block) || endsWithNumberTag(state.lines, last)) return false;
  // Words set apart in bold with no blank line about them (a web page's text copied with none): they end at the line
  // that closes the bold their first line opened, and prose ends before a line that opens it after a sentence or a
  // heading's one line.
  // (Unless a wrap put their citation on a line of its own: "**The Government should … by 2030.**" / "(Paragraph 15)".)
  if (BOLD_CLOSES.test(last) && BOLD_OPENS.test(state.lines[block.lines[0]])) return CITATION_ONLY.test(state.lines[next]);
  if (BOLD_OPENS.test(state.lines[next]) && (endsSentence(last) || (n === 1 && isHeadingLine(last)))) return false;
  // A flattened table's rows, one a line: a row's reply cell ends with its line when a row follows it.
  if (n === 1 && isRowLine(state, next) && isRowLine(state, block.lines[0])) return false;
  // "Recommendation 1 – Accepted", a reply's heading with its decision, is a line of its own whatever stands above it.
  if (decidedLabel(state.lines[next])) return false;
  if (startsAfterSentence(state, block, next)) return false;
  // Prose (not a recommendation's own words) ends before the words of a recommendation that ends at its citation, after
  // its last sentence or after a heading's one line (the document's title, "Recommendations").
  // (A number or a letter alone, "7." or "(a)", labels the words under it and ends no sentence.)
  const ended = (endsSentence(last) && !LABEL_ALONE.test(last)) || (n === 1 && isHeadingLine(last)) || SALUTATION.test(last);
  // Nor does it go on into a letter's next point: "You recommended that …", "The Committee also asks …", "On
  // recommendation 2, …".
  // (Also a number alone before such words: a table's number cell on a line of its own, "2" / "That the MoD … (Para 19)".)
  const line = state.lines[next];
  return !(ended && (opensCitedWords(state, next) || COMMITTEE_OPENS.test(line) || REPLY_NAMES.test(line) || (LABEL_ALONE.test(line) && next + 1 < state.lines.length && opensCitedWords(state, next + 1))));
}


/** A line that opens bold ("**The Department should …"), and one that closes it at its end ("… six months.**"). */
const BOLD_OPENS = /^[ \t]*\*\*(?=\S)/;
const BOLD_CLOSES = /\S\*\*\.?[ \t]*$/;

/** The longest line read as a decision alone: "Accepted in principle.", "Not accepted at this time". */
const DECISION_LINE = 40;

/**
 * True when line `next` starts something of its own: "Paragraph 34" alone (it opens the words under it, however the
 * line before ends), or, after the block's last sentence, a short line standing right before a recommendation or a
 * "Paragraph 34" line (its heading), or a decision and nothing more ("Accepted.", "Not accepted": the start of a
 * reply, as in an inquiry's response where each recommendation is followed straight by its decision), or an address
 * (a letter's end: its lines are no reply). A wrapped line is neither: it follows an unfinished sentence, and a decision's word on it starts in lower case.
 */
export function startsAfterSentence(state: LineState, block: Block, next: number): boolean {
  const line = state.lines[next];
  // (So does a label alone, "Our recommendation" / "The Department should …", as a copy with no blank lines gives it.)
  if (isParagraphLine(line) || (isLabelLine(line) && !startsLowerCase(line))) return true;
  if (!endsSentence(state.lines[block.lines[block.lines.length - 1]])) return false;
  if (startsAddress(state.lines, next, state.spaced)) return true;
  // Under a heading that carries the citation ("Recommendation 1 (paragraph 23)"), or after a first line that cites it
  // ("Recommendation 1 (paragraph 45): …", "(Paragraph 12) The Department should …"), the words are the
  // recommendation's, and a reply with no heading or blank line of its own starts where a line opens with its decision
  // ("The Government agrees …").
  if ((underCitingHeading(state, block) || state.citationsOn(block.lines[0]).length > 0) && opensWithDecision(line)) return true;
  // A numbered recommendation that cites nothing, in words that recommend ("1. The Government should …", "1. That the
  // Government pay …"), ends where a line replies in the answerer's voice ("The Government accepts …") or states what
  // who answers does ("The Ministry already publishes …"), unless a citation in the lines ahead shows the words go on to it.
  if (block.start.kind === 'recommendation' && (opensInReplyVoice(line) || opensWithAnswererStating(line)) && !block.lines.some((l) => state.citationsOn(l).length > 0) && recommendsIn(state, block) && !citesAhead(state, next)) return true;
  // Under "Recommendation 1" (or "Paragraph 45" alone), after words that recommend, a line in the answerer's own voice
  // ("The Scottish Government will publish …") starts a reply that has no heading, citation or decision word before it.
  // Under a heading that gives the decision ("Recommendation 2 (Not accepted)"), any sentence that recommends nothing.
  // So does a line whose subject is who answers, in words that recommend nothing and find no fault ("The Government has
  // made clear its commitment …"; not "The Department has failed to …", the Committee's own finding).
  const heading = headingAbove(state, block);
  if (heading >= 0 && (opensInReplyVoice(line) || opensWithAnswererStating(line) || (decidedLabel(state.lines[heading]) !== undefined && OPENING.test(line) && !RECOMMENDS.test(line))) && recommendsIn(state, block)) return true;
  if (isHeadingLine(line) && ((next + 1 < state.lines.length && (opensItem(state.startAt(next + 1).kind) || isParagraphLine(state.lines[next + 1]))) || REPLY_TITLE.test(line))) return true;
  if (line.length <= DECISION_LINE && !startsLowerCase(line) && isDecisionOnly(line.trim())) return true;
  // So does a status line, as a form's is written.
  if (opensWithStatus(line, next + 1 >= state.lines.length || isBlankLine(state.lines[next + 1]))) return true;
  // And a field straight before a status ("Target date: Spring 2026" or "Update: The plan was …" / "Status:
  // Implemented").
  if (fieldBeforeStatus(state.lines, next)) return true;
  // A decision and its stop opening the line ("Accepted. The Authority was …", "Not accepted: …") starts the reply too.
  const decision = startsLowerCase(line) ? undefined : decisionAt(line, 0);
  return decision !== undefined && DECISION_STOP.test(line.slice(decision.start + decision.text.length));
}
const DECISION_STOP = /^\**[ \t]*[.:;–—]/;
/** A heading over the Government's reply, after a sentence: "Appendix: Government Response", "The Government's reply". */
const REPLY_TITLE = /^[\s#*]*(?:Appendix(?:[ \t]+\w{1,3})?[ \t]*[:.–—-][ \t]*)?(?:The[ \t]+)?Government(?:['’]s)?[ \t]+(?:Response|Reply)\b/i;

/** A number, a letter or a Roman numeral alone on a line, bold or in brackets: "7.", "**(8)**", "(a)", "iv)". */
const LABEL_ALONE = /^[ \t]*[*_(]*(?:\d{1,3}|[A-Za-z]|[ivxlc]{1,6})[.):*_]*[ \t]*$/;

/** The most lines a recommendation's words with no number run to before their citation, with no blank line to part them. */
const MAX_CITED_RUN = 8;
/** A list's letter or small Roman numeral and the space after it: "ii. ", "(b) ". */
const LIST_LABEL = String.raw`\(?(?:[ivxlc]{1,6}|[a-z])[.)][ \t]+`;
/**
 * A sentence's opening: a capital, after a quotation mark, Markdown's emphasis or a quote's ">", or after a list's
 * letter or small Roman numeral ("ii. The Cabinet Manual should …", "(b) Defra should …") or a number in square
 * brackets ("[7] The Department should …").
 */
const OPENING = new RegExp(String.raw`^[ \t]*(?:${LIST_LABEL}|\[\d{1,3}\][ \t]*)?(?:\*\*?|_|[“"‘]|>[ \t]?)?\p{Lu}`, 'u');
/** A line that a list's letter or small Roman numeral opens, a capital after it: "ii. The Cabinet Manual …". */
const LABELLED = new RegExp(String.raw`^[ \t]*${LIST_LABEL}\p{Lu}`, 'u');

/**
 * What a line tells of where prose ends before it or after it (cited words without a number, a letter's next point, a
 * salutation, a reply in the answerer's voice), as the keystroke path compares it; and which recommendations a reply
 * names as it opens ("On recommendations 3 and 4, …") or in brackets among its first words, which the builder gives
 * it to. (A reply's heading with its
 * decision, "Recommendation 1 – Accepted", is a short line, which an edit always has read afresh.)
 */
export function proseEndSignature(s: string): string {
  return `${BOLD_OPENS.test(s)}${BOLD_CLOSES.test(s)}${OPENING.test(s)}${RECOMMENDS.test(s)}${LABEL_ALONE.test(s)}${COMMITTEE_OPENS.test(s)}${SALUTATION.test(s)}|${REPLY_NAMES.exec(s)?.[1] ?? ''}|${namedInBrackets(s)?.[1] ?? ''}|${NAMED_AS_SUBJECT.exec(s)?.[1] ?? ''}|${opensInReplyVoice(s)}${opensWithAnswerer(s)}${opensWithAnswererStating(s)}${opensWithField(s)}${REPLY_TITLE.test(s)}${citedThenReplies(s)}${citedThenCell(s, citationSpans(s))}${citedThenWords(s, citationSpans(s))}${INQUIRY_OPENING.test(s)}${UNDERTAKING.test(s)}`;
}

/**
 * True when line `next`, after a sentence's end, opens a recommendation's words that end at their citation within a
 * few lines ("The Government should … (Paragraph 12)"), with no blank line before it: text copied with none, where a
 * reply's last sentence stands right above the next recommendation. The words recommend ("should", "recommend" …) and
 * do not open as a reply does; a reply's own citation ("as the Committee said (paragraph 12)") ends no such words.
 */
function opensCitedWords(state: LineState, next: number): boolean {
  const lines = state.lines;
  if (!OPENING.test(lines[next])) return false;
  const facts = lineFactsOf(state);
  // (An inquiry's or a progress table's clause, "That the MoD …", recommends as "should" does; a table's "To conduct
  // …" is a row's words on a row of one line.)
  const clause = INQUIRY_OPENING.test(lines[next]);
  const undertaking = UNDERTAKING.test(lines[next]);
  let recommends = clause;
  // (In text with a blank line after every line, one blank line parts no paragraph: the run reads past it.)
  for (let k = next, end = next + (state.spaced ? 2 * MAX_CITED_RUN : MAX_CITED_RUN); k < lines.length && k < end; k++) {
    const s = lines[k];
    if (isBlankLine(s)) {
      if (state.spaced && k + 1 < lines.length && !isBlankLine(lines[k + 1])) continue;
      return false;
    }
    const f = factsAt(state, facts, k);
    // A line that a reply's sentence opens ("We agree …", "The Government accepts …") is no recommendation's.
    if (k > next && f & DECIDES) return false;
    recommends ||= (f & RECOMMENDING) !== 0;
    // (Or a citation with the reply after it on its line: "… (Paragraph 45) The Government accepts …".) The first
    // line's citation is read without the line above it, which is not of these words.
    // (Or a progress table's row, "That the MoD …", with any cell after its citation, on its first line or where a wrap
    // put it: "That the MoD publish … (Para 21) A review" / "was completed …"; "To conduct an inquiry … (Para 32) MoD
    // look forward …" on its line.)
    if ((k > next ? f & ENDS_CITED : endsCitation(s, undefined)) || f & CITED_THEN_REPLIES || (f & CITED_THEN_WORDS && clause) || (k === next && f & CITED_THEN_CELL && undertaking) || endsWithNumberTag(lines, s)) return (recommends || (k === next && undertaking)) && (facts[next] & DECIDES) === 0;
  }
  return false;
}

/**
 * What opensCitedWords asks of a line, kept for each version's lines as bits, each line read once: a block of prose
 * with no blank lines (a PDF's copy) asks it of each line for up to MAX_CITED_RUN lines before it, and a PDF copy of
 * the 100× report spent 75 ms asking again.
 */
const KNOWN = 1;
const DECIDES = 2;
const RECOMMENDING = 4;
const ENDS_CITED = 8;
const CITED_THEN_REPLIES = 16;
const CITED_THEN_CELL = 32;
const CITED_THEN_WORDS = 64;
const factsByLines = new WeakMap<readonly string[], Uint8Array>();

function lineFactsOf(state: LineState): Uint8Array {
  let facts = factsByLines.get(state.lines);
  if (!facts) factsByLines.set(state.lines, (facts = new Uint8Array(state.lines.length)));
  return facts;
}

/** Line `k`'s bits (ENDS_CITED read with the line above it, as a citation a line break cut is). */
function factsAt(state: LineState, facts: Uint8Array, k: number): number {
  let f = facts[k];
  if (f & KNOWN) return f;
  const s = state.lines[k];
  f = KNOWN;
  if (opensWithDecision(s)) f |= DECIDES;
  if (RECOMMENDS.test(s)) f |= RECOMMENDING;
  if (endsCitation(s, k > 0 ? state.lines[k - 1] : undefined)) f |= ENDS_CITED;
  if (citedThenReplies(s, state.citationsOn(k))) f |= CITED_THEN_REPLIES;
  if (citedThenCell(s, state.citationsOn(k))) f |= CITED_THEN_CELL;
  if (citedThenWords(s, state.citationsOn(k))) f |= CITED_THEN_WORDS;
  facts[k] = f;
  return f;
}

/**
 * True when line `k` is a flattened table's row on its own line: a reply after its citation ("… (Para 52) Not
 * accepted."), or, where its words recommend or are an undertaking's ("That the MoD …", "To conduct …"), any cell's
 * words after it ("The Ministry should publish … (Para 14) The Ministry has published …").
 */
export function isRowLine(state: LineState, k: number): boolean {
  // (Most lines cite nothing, and are settled without the rest of their facts.)
  if (!state.citationsOn(k).length) return false;
  const f = factsAt(state, lineFactsOf(state), k);
  return (f & CITED_THEN_REPLIES) !== 0 || ((f & CITED_THEN_CELL) !== 0 && ((f & RECOMMENDING) !== 0 || UNDERTAKING.test(state.lines[k])));
}

/**
 * Whether the block's words recommend: a word that does ("should", "recommends" …), an inquiry's "That the …", or the
 * Committee asking ("The Committee asks the Scottish Government to …").
 */
function recommendsIn(state: LineState, block: Block): boolean {
  const first = state.lines[block.lines[0]].slice(block.start.prefix);
  return INQUIRY_OPENING.test(first) || COMMITTEE_OPENS.test(first) || block.lines.some((l) => RECOMMENDS.test(state.lines[l]));
}

/** Whether a citation stands on line `from` or one of the few after it, before a blank line or the next recommendation. */
function citesAhead(state: LineState, from: number): boolean {
  for (let k = from; k < state.lines.length && k - from < MAX_CITED_RUN && !isBlankLine(state.lines[k]); k++) {
    if (k > from && state.startAt(k).kind === 'recommendation') return false;
    if (state.citationsOn(k).length) return true;
  }
  return false;
}

/**
 * The line of the recommendation's heading ("Recommendation 1", or "Paragraph 45" alone) the block stands under, a blank
 * line between them or none; -1 when none.
 */
function headingAbove(state: LineState, block: Block): number {
  let heading = block.lines[0] - 1;
  while (heading >= 0 && block.lines[0] - heading <= MAX_BLANKS && isBlankLine(state.lines[heading])) heading--;
  return heading >= 0 && (state.startAt(heading).kind === 'recommendation-heading' || isParagraphLine(state.lines[heading])) ? heading : -1;
}
/** The most blank lines between a heading and the words under it. */
const MAX_BLANKS = 3;

/** True when the block's first line is right under a recommendation's heading that cites its paragraph. */
function underCitingHeading(state: LineState, block: Block): boolean {
  const heading = block.lines[0] - 1;
  return heading >= 0 && state.startAt(heading).kind === 'recommendation-heading' && state.citationsOn(heading).length > 0;
}
