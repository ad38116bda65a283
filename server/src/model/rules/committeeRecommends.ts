// "The Committee recommended: “The Department should …”", "The Committee recommends that …", "Committee
// recommendation: …", "The Committee asks the Scottish Government to …": a letter or a short response that quotes each
// recommendation in a paragraph of its own, with no number and no citation, its reply in the paragraphs after it. Such
// words also stand inside replies ("The Committee recommends that we publish the data; we have done so"), so a
// paragraph is claimed only in a document where no other layout found a recommendation, and only when it opens with
// them. Numbered by its place; its words are what follows the colon, or the whole paragraph.
import { endsSentence } from '../lines';
import { COMMITTEE_OPENS as OPENS, RECOMMENDS } from '../patterns';
import { recommendationMeaning, replyFrom } from '../recommendationBlock';
import type { Paragraph, Position } from '../types';
import type { LineState } from '../state';
import { opensWithAnswerer, opensWithDecision } from '../verdicts';
import type { BlockRule, RecommendationMeaning } from './types';
import { defineRule, nextIndex, whereNoOtherLayoutRecommends } from './types';

const NAME = 'committee-recommends';

/** Where a sentence ends and the next begins on a line; or a citation does ("… care. (Paragraph 45) We accept …"). */
const SENTENCE_END = /[.!?)][”"’')]*[ \t]+(?=\S)/g;
const THE_COMMITTEE = /^(?:The\s+)?Committee\b/;
const opensDecidedReply = (s: string) => opensWithDecision(s) && !THE_COMMITTEE.test(s.trimStart());
/**
 * A sentence that opens with who answers and recommends nothing answers too, its decision given or not ("At paragraph
 * 62, the Committee asks … . The Scottish Government has considered this carefully and does not intend …", "… . We will
 * publish the data from April."): a paragraph that tells what the Committee recommends is the answerer's own, and its
 * "we" is the answerer.
 */
const opensAnswer = (s: string) => opensDecidedReply(s) || (opensWithAnswerer(s) && !THE_COMMITTEE.test(s.trimStart()) && !RECOMMENDS.test(firstSentence(s)));

/**
 * A letter telling what the Committee recommended, in the past ("You recommended that …", "The Committee also asked
 * the Department to …", "Your third recommendation was that …"): the recommendation is that sentence, reported, and
 * the letter's next sentence in the paragraph answers it, whatever it says ("… publish data on visitor numbers. Arts
 * Council England will publish these data from April."), unless it goes on telling what the Committee said ("You also
 * said …", "Your report found …", "This should include targets.").
 */
const REPORTED = /(?:recommended|asked|called|urged|requested|invited|concluded)[ \t]|[ \t]was(?:[ \t]+that\b|[ \t]*:)/;
const TELLS_MORE = /^[ \t]*(?:\*\*)?(?:(?:The[ \t]+|Your[ \t]+)?(?:Committee|report)\b|You\b|Your\b|It[ \t]+(?:also[ \t]+)?(?:said|found|noted|recommended|asked|called|concluded|added)\b)/;
const opensReportedReply = (s: string) => /^[ \t]*(?:\*\*)?["“‘']?\p{Lu}/u.test(s) && !TELLS_MORE.test(s) && !RECOMMENDS.test(firstSentence(s));
/** The words up to the first sentence's end, read from the first characters only: a letter's line may run to thousands. */
const firstSentence = (s: string) => {
  const head = s.slice(0, MAX_SENTENCE);
  return head.slice(0, head.search(/[.!?][ \t]|$/) + 1);
};
const MAX_SENTENCE = 600;

/**
 * Where a letter answers the recommendation in its own paragraph: the first sentence after the recommendation's that
 * opens as a reply does ("… review the funding of children's hospices. We agree, and the review will report …");
 * undefined when none does. The Committee saying more ("The Committee notes …") is not a reply.
 */
function replyInParagraph(lines: readonly string[], p: { lines: readonly number[] }, opensReply: (s: string) => boolean): Position | undefined {
  for (let k = 0; k < p.lines.length; k++) {
    const s = lines[p.lines[k]];
    if (k > 0 && endsSentence(lines[p.lines[k - 1]]) && opensReply(s)) return { line: p.lines[k], character: s.length - s.trimStart().length };
    // A sentence that starts near the line's end goes on on the next ("We" / "accept this recommendation.").
    const after = k + 1 < p.lines.length ? ' ' + lines[p.lines[k + 1]] : '';
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) {
      const at = m.index + m[0].length;
      if (opensReply(s.slice(at) + after)) return { line: p.lines[k], character: at };
    }
  }
  return undefined;
}

/** Who answers, opening a clause after a comma: "…, I can confirm …", "…, we agree", "…, the Government accepts …". */
const ANSWERER_IN_CLAUSE = String.raw`(?:I|we|the[ \t]+(?:Government|Department|Ministry|Minister|Secretary[ \t]+of[ \t]+State)|my[ \t]+(?:Department|officials))\b`;
/** A line that such a clause opens, the comma before it ending the line above. */
const ANSWERER_CLAUSE = new RegExp(`^${ANSWERER_IN_CLAUSE}`);
/** The comma and spaces before such a clause. */
const CLAUSE_AFTER_COMMA = new RegExp(String.raw`,[ \t]+(?=${ANSWERER_IN_CLAUSE})`, 'g');

/**
 * Where the answer starts in a sentence that tells the recommendation first ("On your first recommendation, that the
 * Department publish a timetable, I can confirm …"): the first clause after a comma that who answers opens, on the
 * paragraph's first line after `from` or on a later line (a comma that ends a line, the clause on the next); and where
 * the words end, at that comma. Undefined when none does.
 */
function answerClause(lines: readonly string[], p: Paragraph, from: number): { from: Position; wordsEnd: Position } | undefined {
  for (let k = 0; k < p.lines.length; k++) {
    const s = lines[p.lines[k]];
    CLAUSE_AFTER_COMMA.lastIndex = k === 0 ? from : 0;
    const m = CLAUSE_AFTER_COMMA.exec(s);
    if (m) return { from: { line: p.lines[k], character: m.index + m[0].length }, wordsEnd: { line: p.lines[k], character: m.index } };
    const next = k + 1 < p.lines.length ? lines[p.lines[k + 1]] : undefined;
    const end = s.trimEnd();
    if (next !== undefined && end.endsWith(',') && ANSWERER_CLAUSE.test(next.trimStart())) {
      return { from: { line: p.lines[k + 1], character: next.length - next.trimStart().length }, wordsEnd: { line: p.lines[k], character: end.length - 1 } };
    }
  }
  return undefined;
}

/** Opening words that end with a colon ("The Committee recommended:"): the recommendation's words follow it. */
const ENDS_AT_COLON = /:(?:\*\*)?[ \t]*$/;

/**
 * The words that open the paragraph as the Committee's ("The Committee recommends that …"), on its first line or where
 * a wrap cut them ("At paragraph 45, the Committee" / "recommends that …": the first two lines read as one, and only
 * words that go on, not a colon the second line would end them with); null when none do.
 */
function openingOf(state: LineState, p: Paragraph): RegExpExecArray | null {
  const first = state.lines[p.lines[0]];
  const m = OPENS.exec(first);
  if (m || p.lines.length < 2 || first.length > MAX_CUT_OPENING) return m;
  const joined = OPENS.exec(`${first.trimEnd()} ${state.lines[p.lines[1]].trimStart()}`);
  return joined && joined[0].length > first.trimEnd().length && !ENDS_AT_COLON.test(joined[0]) ? joined : null;
}
/** The longest first line over which the Committee's opening words may run on to the next. */
const MAX_CUT_OPENING = 120;

/** Whether the paragraph is only the words that introduce a recommendation, ending with their colon: "The Committee recommended:". */
function leadInAlone(state: LineState, p: Paragraph): boolean {
  if (p.lines.length !== 1) return false;
  const m = OPENS.exec(state.lines[p.lines[0]]);
  return m !== null && ENDS_AT_COLON.test(m[0]) && state.lines[p.lines[0]].slice(m[0].length).trim() === '';
}

const rule: BlockRule = defineRule({
  name: NAME,
  describes: 'recommendations quoted after “The Committee recommended:” with no number or citation',
  rank: 1070,
  firstChars: '',
  props: { startsRecommendation: true, labelled: true, readAs: 'recommendation' },
  start: () => undefined,
  claims(state, p, index) {
    // Most paragraphs are settled by their first letters.
    const first = state.lines[p.lines[0]];
    let at = 0;
    while (first.charCodeAt(at) === 32 || first.charCodeAt(at) === 9 || first.charCodeAt(at) === 42) at++;
    // (Or a word and a comma before them: "Finally, the Committee …"; or the paragraph they are in: "At paragraph 45, …".)
    const space = first.indexOf(' ', at);
    // ("On your first recommendation, that …", "Turning to …", "Regarding …", "With regard to …": a letter's point.)
    if (!first.startsWith('The', at) && !first.startsWith('Committee', at) && !first.startsWith('You', at) && !first.startsWith('At ', at) && !first.startsWith('In ', at) && !first.startsWith('On ', at) && !first.startsWith('Turning ', at) && !first.startsWith('Regarding ', at) && !first.startsWith('With ', at) && first.charCodeAt(space - 1) !== 44 /* , */) return false;
    if (openingOf(state, p) === null) return false;
    // The words that introduce them alone ("The Committee recommended:"), over a recommendation another layout read
    // ("R1" / "The Cabinet Office should …"), introduce it: they are no recommendation of their own.
    if (!leadInAlone(state, p)) return true;
    const next = state.paragraphs[nextIndex(state.paragraphs, index)];
    return next === undefined || (next.kind !== 'recommendation' && next.kind !== 'recommendation-heading');
  },
  // The words that introduce them alone take the paragraph after them as the recommendation's words ("The Committee
  // recommended:" / "“The Department should publish guidance …”"), before the reply after that.
  takes: (state, mine, next, first) => first && next.kind === 'text' && leadInAlone(state, mine),
  claimsHere: whereNoOtherLayoutRecommends(NAME),
  read(state, p) {
    const m = openingOf(state, p)!;
    // After a colon, the words are what follows it; "… recommends that …", "… asks the …" are read whole.
    const wordsFrom = ENDS_AT_COLON.test(m[0]) ? m[0].length : undefined;
    const read = recommendationMeaning(state, p);
    // "At paragraph 45, the Committee …": the paragraph it names first is its citation.
    const line = p.lines[0];
    const at = m[1] === undefined ? -1 : m[0].indexOf(m[1]);
    const citations = at < 0 ? read.citations : [{ paragraph: Number(m[2]), range: { start: { line, character: at }, end: { line, character: at + m[1].length } } }, ...read.citations];
    const meaning: RecommendationMeaning = { ...read, citations, wordsFrom };
    if (meaning.reply) return meaning;
    // "On your first recommendation, that the Department …, I can confirm …": the words are the clause after "that",
    // and the answer the clause after its comma, in the same sentence.
    if (m[3] !== undefined) {
      const answer = answerClause(state.lines, p, m[0].length);
      return answer ? { ...meaning, wordsFrom: m[0].length, wordsEnd: answer.wordsEnd, reply: replyFrom(state, p, answer.from, 'reply-in-paragraph') } : { ...meaning, wordsFrom: m[0].length };
    }
    // A letter's answer in the same paragraph: the recommendation's words end before it.
    const from = replyInParagraph(state.lines, p, opensAnswer) ?? (REPORTED.test(m[0]) ? replyInParagraph(state.lines, p, opensReportedReply) : undefined);
    if (!from) return meaning;
    // An answer that starts a line leaves the words ending with the line before.
    const k = p.lines.indexOf(from.line);
    const wordsEnd = k > 0 && state.lines[from.line].slice(0, from.character).trim() === '' ? { line: p.lines[k - 1], character: state.lines[p.lines[k - 1]].length } : from;
    return { ...meaning, wordsEnd, reply: replyFrom(state, p, from, 'reply-in-paragraph') };
  },
  examples: [
    'Dear Chair,\n\nThe Committee recommended:\n\n"The Department should publish guidance on phones in schools."\n\nWe accept this recommendation.\n\nThe Committee also recommended:\n\n"The Department should collect data on exclusions."\n\nNot accepted.\n',
    'Letter from the Minister for Schools to the Chair of the Education Committee\n\nDear Chair,\n\nThe Committee recommended: “The Department should publish guidance on the use of mobile phones in schools by September.”\n\nWe accept this recommendation. Guidance was published in February.\n\nCommittee recommendation: the Department should collect data on exclusions for the use of phones.\n\nWe do not accept this recommendation. Schools already record exclusions by reason.\n',
  ],
});
export default rule;
