// "Recommendation 7" on a line of its own (also "Recommendation 7:", "Recommendations 3 and 4", "Recommendations 3 to
// 5", "## Recommendation 7", "**Recommendation 7**", "[Recommendation 7]", and its citation cut by a line break,
// "Recommendation 1 (paragraph" / "34)"): the recommendation's words follow in the paragraphs after it,
// up to the next heading, and may start with the number again ("7. The Department should …"). A heading that names
// several numbers over one text makes a recommendation for each.
import { expandNumberList, LABEL_QUALIFIER, LETTER_AND_NUMBER, LETTER_NUMBER, mayOpenLabel, NUMBER_LIST, PARAGRAPH_LIST, RECOMMENDS, spelt, SPELT_NUMBER, WHERE_IT_STANDS } from '../patterns';
import { recommendationMeaning, recommends, wordsUnderRecommend } from '../recommendationBlock';
import { CITATION_CLOSE_AT_START, endsAtItsCitation, openCitationAt, unbracketedCitations } from '../citations';
import { decidedLabel, decisionAt, fieldBeforeStatus, isDecisionOnly, opensInReplyVoice, opensWithAnswererStating, opensWithField, opensWithDecision, opensWithStatus } from '../verdicts';
import { isHeadingLine, PARAGRAPH_CITED_LINE } from '../lines';
import { opensItem } from '../prose';
import type { LineState } from '../state';
import type { Paragraph } from '../types';
import type { BlockRule, Start } from './types';
import { CAPITALS, defineRule, execAt, isResponseKind, started } from './types';

/** The citation with no brackets after a dash, comma or colon: "Recommendation 1 — paragraph 12" (the numbers, group 1). */
const UNBRACKETED = String.raw`[ \t]*[,:–—-][ \t]*Para(?:graph)?s?\.?[ \t]+(${PARAGRAPH_LIST})`;
const UNBRACKETED_AT_END = new RegExp(`${UNBRACKETED}[ \\t]*[:.]?[ \\t]*(?:\\*\\*?|_)?[ \\t]*$`, 'i');

/**
 * "Recommendation 7", "Recommendations 3 and 4:", "Recommendation 1 (paragraph 34)": the citation may follow the number,
 * or stand in its place ("Recommendation (paragraph 12)", "Recommendation (paragraph 34 of the report)").
 * The number may be written out: "Recommendation IV", "Recommendation one", or be a letter, "Recommendation C" (group 4), or called one: "Recommendation
 * No. 7"; a conclusion and recommendation in one, "Conclusion and recommendation 7"; the Committee may be named before it: "Committee recommendation 1 (paragraph 56)"; the whole may be in bold
 * or italics ("*Recommendation 7*", "_Recommendation 7_"); where it stands in the report may follow the number in
 * brackets ("Recommendation 12 (Chapter 3)"); a letter or small Roman numeral in brackets may stand in the number's place
 * ("Recommendation (a)", "Recommendation (iv)"); the citation may name the House's paper or the chapter ("(HL Paper
 * 12, para 34)", "(Chapter 3, para 3.12)") and a footnote's number may follow it ("(paragraph 34)7"). A short title may
 * stand between the number and the citation
 * (group 5: "Recommendation 1: Funding for hospices (paragraph 23)"; the citation is group 7), the words under it; or the
 * decision on the recommendation, after a dash or colon (group 5) or in brackets (group 6): "Recommendation 1 –
 * Accepted", "Recommendation 2 (Not accepted)".
 */
const HEADING = new RegExp(
  String.raw`(?:\*\*?|_)?\[?(?:(?:The[ \t]+)?Committee(?:['’]s)?[ \t]+|${LABEL_QUALIFIER})?(?:Recommendations?|Recs?\.?|Conclusions?(?:[ \t]+(?:and|&)[ \t]+[Rr]ecommendations?)?)(?:[ \t]+|(?=\d))(?:No\.?[ \t]*|Number[ \t]+|#)?(?:((\d{1,4})((?:\.\d{1,2})?(?:[a-z]|\([a-z]{1,4}\))?)(?:\s*(?:,|and|&|to|–|—|-)\s*\d{1,4})*)|(${LETTER_AND_NUMBER}|${LETTER_NUMBER}|${SPELT_NUMBER})|(?=[([][Pp§¶])|\([a-z]{1,4}\))(?:${WHERE_IT_STANDS})?(?:[ \t]*[:.–—-][ \t]+(?!Para)([A-Z][^.;:!?()[\]]{0,60}?)|[ \t]*[([]([A-Z][A-Za-z \t]{1,40}?)[)\]])?([ \t]*[([](?:see[ \t]+)?(?:H[CL](?:[ \t]+Paper)?[ \t]+\d{1,4},?[ \t]+|(?:Chapter|Section|Part)[ \t]+\w{1,4},?[ \t]+)?(?:Para(?:graph)?s?\.?[ \t]+|[§¶]{1,2}[ \t]*)${PARAGRAPH_LIST}(?:[ \t]+of[ \t]+(?:the|our|this|its)[ \t]+report|[ \t]+refers)?[)\]](?:\[\d{1,3}\]|\d{1,2}(?!\d))?|${UNBRACKETED})?[ \t]*[:.–—-]?\]?[ \t]*[:.]?[ \t]*(?:\*\*?|_)?[ \t]*$`,
  'iy',
);
const LIST = new RegExp(`^${NUMBER_LIST}$`);
/** The letter or numeral a heading gives in brackets in the number's place: "Recommendation (b)" (group 1: "(b)"). */
const LETTERED = /^[^(]*(\([a-z]{1,4}\))/i;

/** "Recommendations 12, 13, 14 and 15:" is about as long as one gets; prose is longer. */
const MAX_LENGTH = 80;

/**
 * The start record of the heading on `line` from `at`, undefined when it is none; the block's words start at `prefix`
 * (the line's end: a heading's words are on the lines under it).
 */
function headingAt(line: string, at: number, prefix = line.length): Start | undefined {
  const m = execAt(HEADING, line, at);
  if (!m) return undefined;
  // A title is a heading's only before its citation, and only a name ("Funding for hospices"): words that recommend
  // ("… should publish data (paragraph 40)") are the recommendation itself, ending at its citation.
  // Or the decision on it, beside the number ("Recommendation 1 – Accepted", "Recommendation 2 (Not accepted)").
  if (m[5] !== undefined && !(m[7] === undefined ? isDecisionOnly(m[5]) : !RECOMMENDS.test(m[5]))) return undefined;
  if (m[6] !== undefined && !isDecisionOnly(m[6])) return undefined;
  if (m[4] !== undefined) {
    const { number, label } = spelt(m[4]);
    return started('recommendation-heading', rule, prefix, { number, label, numbers: [number], strong: true });
  }
  // No number, only the paragraph it comes from ("Recommendation (paragraph 12)", a Lords form), or a letter or small
  // Roman numeral in brackets ("Recommendation (a)", "Recommendation (iv)", its label): numbered by its place.
  if (m[1] === undefined) {
    const lettered = LETTERED.exec(m[0]);
    return started('recommendation-heading', rule, prefix, lettered ? { label: lettered[1], strong: true } : { strong: true });
  }
  const numbers = m[3] ? [Number(m[2])] : LIST.test(m[1]) ? expandNumberList(m[1]) : [Number(m[2])];
  return started('recommendation-heading', rule, prefix, { number: numbers[0], label: m[2] + m[3], numbers, strong: true });
}

const rule: BlockRule = defineRule({
  name: 'recommendation-heading',
  describes: '“Recommendation 7” headings',
  rank: 500,
  firstChars: CAPITALS + '*_[',
  props: { startsRecommendation: true, labelled: true, singleLine: true, readAs: 'recommendation' },
  start(line, at) {
    if (line.length - at > MAX_LENGTH) return undefined;
    if (!mayOpenLabel(line, at)) return undefined;
    const found = headingAt(line, at);
    if (found !== undefined) return found;
    // Its citation cut by a line break ("Recommendation 1 (paragraph" / "34)"): the heading up to the bracket, and the
    // next line, which closes it, with it (goesOn).
    const open = openCitationAt(line);
    const cut = open > at ? headingAt(line.slice(0, open).trimEnd(), at, line.length) : undefined;
    return cut && { ...cut, singleLine: false };
  },
  goesOn: (state, current, i) => !current.start.singleLine && current.lines.length === 1 && CITATION_CLOSE_AT_START.test(state.lines[i]),
  takes(state, mine, next, takenFirst, after) {
    // The paragraph it cites on a line of its own under it ("Paragraph 23", "Paragraph 23:", "(Paragraph 23)") is its
    // citation, and the words come after it as they would straight under the heading.
    if (takenFirst && next.lines.length === 1 && PARAGRAPH_CITED_LINE.test(state.lines[next.lines[0]])) return true;
    const first = takenFirst || (mine.lines.length === 2 && PARAGRAPH_CITED_LINE.test(state.lines[mine.lines[1]]));
    // The words may start with the number again: "Recommendation 7", then "7. The Department should …"; under
    // "Recommendations 3 and 4", the item "3. …" (the item "4. …" after it is recommendation 4's own words).
    if (next.kind === 'recommendation') {
      if (state.ruleAt(next.lines[0]).props.labelled) return false;
      const heading = state.startAt(mine.lines[0]);
      const start = state.startAt(next.lines[0]);
      const number = start.number;
      if (!first) return false;
      // Or with the Government's own paragraph number ("Recommendation 1", then "3. The Cabinet Office should …", where
      // the response numbers every paragraph): under one number, the first numbered paragraph is its words, unless it
      // opens as a reply does ("4. The Government agrees …").
      return number === heading.number || ((heading.numbers?.length ?? 0) <= 1 && start.owner.props.weakNumber === true && !opensWithDecision(state.lines[next.lines[0]].slice(start.prefix)));
    }
    // The recommendation's words end at its citation (a reply may follow with no heading of its own); when the heading
    // carries the citation ("Recommendation 1 (paragraph 34)"), at the end of the first paragraph of words.
    // (A heading whose citation a line break cut is two lines: the citation is its own.)
    if (!first && (state.citationsOn(mine.lines[0]).length > 0 || !state.startAt(mine.lines[0]).singleLine || endsAtItsCitation(state, mine))) return false;
    // A reply with no heading of its own opens with its decision ("The Government accepts …") or its status ("Status:
    // Accepted", a tracker's field): the words end before it.
    // Straight under the heading, a decision's label ("Accepted. The Department will …") is the reply of a response
    // that gives no recommendation's words (a recommendation's never open so).
    const line = state.lines[next.lines[0]];
    if (next.kind === 'text' && (first ? decisionAt(line, 0) !== undefined || answersUnder(state, next, line, after) : opensWithDecision(line) || opensWithStatus(line, next.lines.length === 1) || dateBeforeStatus(state, next, after))) return false;
    // Nor, after words that recommend, one in the answerer's own voice ("The Scottish Government will publish …", "We
    // do not believe …"): a reply with no heading, no citation before it and no decision word.
    // Under a heading that gives the decision ("Recommendation 2 (Not accepted)"), whatever follows them.
    // Not words that end at their citation, nor words that a reply's heading follows ("We will return to this …" /
    // "Government response"): those are the Committee's own.
    const voice = (opensInReplyVoice(line) || opensWithAnswererStating(line)) && !endsAtItsCitation(state, next) && !(after !== undefined && isResponseKind(after.kind));
    if (!first && next.kind === 'text' && (voice || decidedLabel(state.lines[mine.lines[0]]) !== undefined) && wordsUnderRecommend(state, mine)) return false;
    // Nor is a heading over the next recommendation ("Chapter 2: Funding") part of this one's words.
    // (A sentence and its citation, "Caseloads remain too high. (Paragraph 31)", are the words, not such a heading.)
    if (next.kind === 'text' && next.lines.length === 1 && isHeadingLine(state.lines[next.lines[0]]) && !SENTENCE_THEN_CITATION.test(state.lines[next.lines[0]]) && after !== undefined && opensItem(after.kind)) return false;
    return next.kind === 'text' || next.kind === 'list-item';
  },
  read(state, p) {
    const meaning = recommendationMeaning(state, p, state.startAt(p.lines[0]).numbers);
    // "Recommendation 1 — paragraph 12": the paragraph it cites, with no brackets, is its citation; so is "Paragraph 12"
    // alone on the line under the heading, over the words.
    const bare = UNBRACKETED_AT_END.exec(state.lines[p.lines[0]]);
    if (bare) return { ...meaning, citations: [...unbracketedCitations(p.lines[0], bare), ...meaning.citations] };
    const under = p.lines.length > 2 ? PARAGRAPH_CITED_LINE.exec(state.lines[p.lines[1]]) : null;
    return under && !meaning.citations.some((c) => c.range.start.line === p.lines[1]) ? { ...meaning, citations: [...unbracketedCitations(p.lines[1], under), ...meaning.citations] } : meaning;
  },
  examples: [
    'Government response\n\n[Recommendation 5]\n\nThe Department should publish a workforce plan for social care. (Paragraph 45)\n\nThe Government accepts this recommendation.\n\n[Recommendation 6] \n\nThe Department should review the funding formula. (Paragraph 52)\n\nNot accepted.\n',
    'Recommendation 1\n\nThe Department should publish a cycling strategy before the end of the year. (Paragraph 12)\n\nGovernment response\n\nThe Government accepts this recommendation and will publish the strategy in the spring.\n',
    'Recommendations 4 and 5\n\nThe Department should set targets for safe routes and report on them every year.\n\nGovernment response to recommendations 4 and 5\n\nWe will consider these recommendations as part of the spending review.\n',
    'Recommendation 1: Funding for hospices (paragraph 23)\nThe Government should provide multi-year funding for children’s hospices.\n\nThe Government agrees. A three-year settlement was announced in May.\n',
    'Recommendation 1 (paragraph\n34)\nThe Government should set a\nnational target for homes.\n\nGovernment response\nThe Government does not agree.\n\nRecommendation 2 (paras 41\nand 42)\nCouncils should plan for older people.\n',
  ],
});
export default rule;

/**
 * True when the first paragraph under a heading is a reply to a recommendation whose words the response does not give
 * ("Recommendation 1" / "The Government accepts this recommendation. …"): it opens with who answers and their decision,
 * recommends nothing, and no reply's heading follows it (under which it would be the Committee's words).
 */
function answersUnder(state: LineState, next: Paragraph, line: string, after: Paragraph | undefined): boolean {
  return opensWithDecision(line) && !(after !== undefined && isResponseKind(after.kind)) && !recommends(state, next);
}

/** A tracker's field ("Target date: Spring 2026", "Update: …") opening the paragraph, a status on the line after it or opening the paragraph after. */
function dateBeforeStatus(state: LineState, next: Paragraph, after: Paragraph | undefined): boolean {
  if (next.lines.length > 1) return fieldBeforeStatus(state.lines, next.lines[0]);
  return opensWithField(state.lines[next.lines[0]]) && after !== undefined && opensWithStatus(state.lines[after.lines[0]], false);
}

/** A sentence's end and then a bracket that ends the line: a recommendation's words and their citation. */
const SENTENCE_THEN_CITATION = /[.;!?]\**\s*[([][^()[\]]*[)\]][.*_]*\s*$/;


