// "18. The Department should … (Paragraph 45)": a recommendation numbered by a bare number and a full stop, bold or
// not, indented a little or not; also "5.That the Department …" from a flattened table. A bare number is weak: the
// builder takes it as a recommendation only when it cites a paragraph, a response heading follows it, or it carries on
// the numbering. Nor does it cut a sentence short: "… double cycling by" / "2030. (Paragraph 12)" is a wrapped line.
import { leavesCitationOpen, replyAfter } from '../citations';
import { endsSentence, MIN_WRAPPED_LINE, NAMED_HEADING } from '../lines';
import { decisionAt, isDecisionOnly } from '../verdicts';
import { beforeItsCitation, recommendationMeaning, replyFrom, tableNumberAt, takesItsList } from '../recommendationBlock';
import type { LineState } from '../state';
import type { Paragraph } from '../types';
import type { Block, BlockRule, RecommendationMeaning, Start } from './types';
import { DIGITS, defineRule, execAt, started } from './types';

/** A line marked as a heading: Markdown's "## …", or all in bold ("**Funding**"). */
const MARKED_HEADING = /^(?:#{1,6}\s+\S|\*\*[^*]+\*\*$)/;

/**
 * "18. …", "18: …", "18/ …", "18 . …" (a space before the stop, as a PDF's text may give it), "R18. …", "R.18 …",
 * "C17. …" (a conclusion numbered on with the recommendations, "C1." before "R2."), "No 18. …", "5.That …", "18 – …"
 * (a dash, three digits at most: "2020 – …" is a year; an en or em dash may be glued to the number and the words,
 * "18—The …", as a web page's copy gives it); or the number
 * in a table's cell of its own, a tab after it ("18<tab>…"); or a part of a number, "1(a) The Government should …" (a
 * public inquiry's form), which no prose opens with: believed as a label is; or a chapter's number, "3.1 The Department
 * should … (Paragraph 12)", where the numbered-reply rule leaves it (the builder keeps it a reply's where the last
 * such number was a reply's); or a table's row lettered in brackets and glued to its words ("(a)That the MoD …", group
 * 6), whose line a wrap cut (on one line it is the table-row rule's).
 */
const START = /( {0,3})(?:\*\*)?(?:[RC]\.?|No\.?[ \t]*)?(?:(\d{1,4})(?:(?:[.:)]|\/(?=[ \t])| [.:)](?=[ \t]+["“‘'\p{Lu}]))(?:\*\*)?(?:[ \t]+(?=\S)|(?=["“‘'\p{Lu}]))|\t+(?=\S))|(\d{1,3})(?:[ \t]+[–—-](?:\*\*)?[ \t]+|[ \t]*[–—](?:\*\*)?[ \t]*)(?=["“‘'\p{Lu}])|(\d{1,3})(\([a-z]{1,4}\)|\.\d{1,3}(?=\.?[ \t]))[.:]?(?:\*\*)?[ \t]+(?=["“‘'\p{Lu}])|\(([a-z])\)(?=["“‘'\p{Lu}]))/uy;

/** The paragraph a number alone on its line cites beside it: " (paragraph 34)", " (para 41)". */
const CITED_BESIDE = String.raw`[ \t]*\([Pp]ara(?:graph)?s?\.?[ \t]*\d{1,4}\)`;
/**
 * A number alone on its line, the words under it: "7.", "**8.**", "R10", "No. 11" (group 2 or 3), or with the paragraph
 * it cites, the recommendation's citation ("R1 (paragraph 34)", "1 (paragraph 34)" under "Recommendation" a line break
 * parted from it); three digits at most ("2025." alone is a year a wrap left there), and a bare one only with its full
 * stop or its citation ("12)" alone closes a citation a wrap cut; "(12)" alone is left to the words under it:
 * cited-paragraph).
 */
const ALONE = new RegExp(String.raw`( {0,3})(?:\*\*)?(?:(?:R\.?|No\.?[ \t]*)(\d{1,3})\.?(?:${CITED_BESIDE})?|(\d{1,3})(?:\.|${CITED_BESIDE}))(?:\*\*)?[ \t]*$`, 'y');
/** A number called one, or an "R" before it, with no stop, before words that open with a capital: "R7 The …", "No. 7 The …". */
const CALLED = /( {0,3})(?:\*\*)?(?:R\.?|No\.?[ \t]*)(\d{1,3})(?:\*\*)?[ \t]+(?=["“‘'\p{Lu}])/uy;

/**
 * A number at the start of a hard-wrapped line carries the sentence before it on, rather than starting a block,
 * when the line before did not end a sentence and the number does not follow on from the last one. (A progress
 * table's rows end without a full stop, but each row's number follows on.) Shared with the other bare-number rules.
 */
export function startsNewBlock(state: LineState, current: Block, start: Start, line: number): boolean {
  if (current.start.kind === 'annotation') return true;
  // After a citation a line break cut ("… (Paragraphs 2 and"), the number closes it: "3) Response: …".
  if (leavesCitationOpen(state.lines[current.lines[current.lines.length - 1]])) return false;
  // A part of a number before a capital ("1(a) The …") carries no wrapped sentence on.
  if (start.number === state.lastNumber + 1 || start.strong) return true;
  // A number glued to its words ("7.To conduct …") is a flattened table's row: a wrap leaves a space after it. (A
  // number alone, "2.", is neither: a wrap may leave a sentence's last word there.)
  const after = state.lines[line].charCodeAt(start.prefix - 1);
  if (after !== 32 && after !== 9 && start.prefix < state.lines[line].length) return true;
  const before = state.lines[current.lines[current.lines.length - 1]];
  // A short line before it is a heading ("Recommendations"), not prose that a wrap cut; so is a named heading
  // ("Chapter 2: Funding and the ticket levy") standing alone.
  if (current.lines.length === 1 && (NAMED_HEADING.test(before.trim()) || MARKED_HEADING.test(before.trim()))) return true;
  return before.trim().length < MIN_WRAPPED_LINE || endsSentence(before);
}

/**
 * A flattened table's row that a line break cut ("1.That the MoD should set out … the new" / "aircraft. (Para 12) The
 * in-service date will be …" / "is taken."): the words end at the citation, and the reply cell runs from after it to
 * the paragraph's end, as on a row of one line (table-row). Only where the number is glued to the words, as a table's
 * cells leave it, or the reply opens with a decision ("(Para 19) Accepted"): prose may go on after a citation.
 */
function withRowReply(state: LineState, p: Paragraph, meaning: RecommendationMeaning): RecommendationMeaning {
  if (meaning.reply) return meaning;
  if (!meaning.citations.length) return withUncitedRowReply(state, p, meaning);
  if (p.lines.length < 2) return meaning;
  // The last citation, wherever it ends: a line break may have cut it ("(Para" / "14) The government …").
  let last = meaning.citations[0].range.end;
  for (const c of meaning.citations) if (c.range.end.line > last.line || (c.range.end.line === last.line && c.range.end.character > last.character)) last = c.range.end;
  const { line } = last;
  const s = state.lines[line];
  const at = replyAfter(s, last.character);
  if (at < 0) return meaning;
  if (!tableNumberAt(state, p.lines[0]) && !decisionAt(s, at)) return meaning;
  return { ...meaning, wordsEnd: last, reply: replyFrom(state, p, { line, character: at }, 'table-row') };
}

/** A sentence's end, and the spaces after it. */
const SENTENCE_END = /[.!?]["”’)]?[ \t]+/g;

/**
 * A flattened table's row that cites no paragraph ("1.That the MoD should set out how … staff. Accepted The Committee
 * will monitor …"): the reply cell starts at a decision after a sentence's end. Only where the number is glued to the
 * words, as a table leaves it.
 */
function withUncitedRowReply(state: LineState, p: Paragraph, meaning: RecommendationMeaning): RecommendationMeaning {
  if (!tableNumberAt(state, p.lines[0])) return meaning;
  const first = state.startAt(p.lines[0]);
  for (const line of p.lines) {
    const s = state.lines[line];
    SENTENCE_END.lastIndex = line === p.lines[0] ? first.prefix : 0;
    for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) {
      const at = m.index + m[0].length;
      if (at < s.length && decisionAt(s, at)) return { ...meaning, wordsEnd: { line, character: m.index + m[0].trimEnd().length }, reply: replyFrom(state, p, { line, character: at }, 'table-row') };
    }
  }
  return meaning;
}

/**
 * The meaning with its words starting after a citation that opens them, straight after the number ("3. (Paragraph 44)
 * Business rates relief should …"): the citation is still the recommendation's, not among its words.
 */
function afterOpeningCitation(state: LineState, p: Paragraph, meaning: RecommendationMeaning): RecommendationMeaning {
  const line = p.lines[0];
  const s = state.lines[line];
  let at = state.startAt(line).prefix;
  while (s.charCodeAt(at) === 32 || s.charCodeAt(at) === 9) at++;
  if (s.charCodeAt(at) !== 40 && s.charCodeAt(at) !== 91) return meaning;
  const first = state.citationsOn(line)[0];
  if (first === undefined || first.start !== at) return meaning;
  let from = first.end;
  while (s.charCodeAt(from) === 32 || s.charCodeAt(from) === 9 || s.charCodeAt(from) === 46) from++;
  return from < s.length ? { ...meaning, wordsFrom: from } : meaning;
}

const rule: BlockRule = defineRule({
  name: 'numbered-recommendation',
  describes: 'numbered recommendations (“18. … (Paragraph 45)”)',
  rank: 1000,
  firstChars: DIGITS + ' *RC(N',
  props: { startsRecommendation: true, weakNumber: true, endsAtCitation: true, carriesOverBreak: true, stableUnderKeystroke: true },
  start(line, at) {
    const alone = execAt(ALONE, line, at);
    if (alone) {
      const number = alone[2] ?? alone[3];
      return started('recommendation', rule, line.length, { number: Number(number), label: number, strong: false });
    }
    const called = execAt(CALLED, line, at);
    if (called) return isDecisionOnly(line, at + called[0].length) ? undefined : started('recommendation', rule, at + called[0].length, { number: Number(called[2]), label: called[2], strong: false });
    const m = execAt(START, line, at);
    if (!m) return undefined;
    // "Recommendation 1: Accepted", "1. Agreed": a summary table's status row, not a recommendation.
    if (isDecisionOnly(line, at + m[0].length)) return undefined;
    // A chapter's number ("3.1 The Department should …", which the numbered-reply rule left) is weak as a bare one is.
    if (m[4] !== undefined) return started('recommendation', rule, at + m[0].length, { number: Number(m[4]), label: m[4] + m[5], strong: m[5][0] === '(' });
    // A table's row lettered and glued to its words ("(a)That the MoD …"), which a line break cut: numbered by its letter.
    if (m[6] !== undefined) return started('recommendation', rule, at + m[0].length, { number: m[6].charCodeAt(0) - 96, strong: false });
    const number = m[2] ?? m[3];
    return started('recommendation', rule, at + m[0].length, { number: Number(number), label: number, strong: false });
  },
  goesOn: beforeItsCitation,
  // A number alone on its line takes in the words a blank line sets apart under it ("7." / "" / "The Department …").
  takes: (state, mine, next, first, after) => (first && mine.lines.length === 1 && next.kind === 'text' && state.startAt(mine.lines[0]).prefix === state.lines[mine.lines[0]].length) || takesItsList(state, mine, next, first, after),
  interrupts: startsNewBlock,
  read: (state, p) => withRowReply(state, p, afterOpeningCitation(state, p, recommendationMeaning(state, p))),
  examples: [
    '1. The Department should publish a strategy that sets out how it will double cycling by\n2030. (Paragraph 12)\n\nWe agree with the Committee and will publish the strategy.\n\n2. The Department should fund local authorities properly. (Paragraph 14)\n\nWe do not accept this recommendation.\n',
    '3.1 The Department should publish its funding plan. (Paragraph 12)\n\nThe Government agrees.\n\n3.2 The Department should consult on the formula. (Paragraph 14)\n\nNot accepted.\n',
    '**3.** The Department should review the guidance on school transport for children with special educational needs. (Paragraph\n20)\nThe Government will consider this recommendation.\n4.That the Department publish a timetable for the review of hospice funding (Paras 14, 16, 20)\n\nUnder consideration.\n',
    'Dear Convener,\n\n24. The Committee recommends that the Scottish Government sets out how it will evaluate minimum unit pricing.\n\nThe Scottish Government agrees.\n\n31. Committee asks the Scottish Government to consider raising the minimum unit price.\n\nMinisters have consulted on raising the price.\n\n45. The Committee recommends that every partnership publishes its waiting times.\n\nNot agreed.\n',
  ],
});
export default rule;
