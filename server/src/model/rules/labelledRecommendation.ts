// "Recommendation 4: The Department should … (paragraph 61)." and "Conclusion 3. We urge …": the label and the
// recommendation's words in one paragraph, bold or not ("**Recommendation 4:** …", "**Recommendation 4: …**").
import { endsSentence, MIN_PROSE_LINE } from '../lines';
import { unbracketedCitations } from '../citations';
import { BULLET_MARK, expandNumberList, LABEL_QUALIFIER, LETTER_AND_NUMBER, LETTER_NUMBER, mayOpenLabel, NUMBER_LIST, PARAGRAPH_LIST, QUALIFIER_AFTER, RECOMMENDS, spelt, SPELT_NUMBER, WHERE_IT_STANDS } from '../patterns';
import { beforeItsCitation, endOfCitedWords, recommendationMeaning, recommends, replyFrom, takesItsList } from '../recommendationBlock';
import { decisionAt, isDecisionOnly, opensInReplyVoice, opensWithDecision } from '../verdicts';
import type { LineState } from '../state';
import type { Paragraph } from '../types';
import type { BlockRule, ConclusionMeaning, RecommendationMeaning, Start } from './types';
import { CAPITALS, defineRule, execAt, isResponseKind, nextIndex, started } from './types';

/** The paragraph cited with no brackets between the number and the words: "Recommendation 1 – paragraph 12 – The …" (group 1). */
const UNBRACKETED = String.raw`[ \t]*[–—-][ \t]*[Pp]ara(?:graph)?s?\.?[ \t]+(${PARAGRAPH_LIST})(?=[ \t]*[:.–—-])`;
const UNBRACKETED_AT = new RegExp(UNBRACKETED);

/**
 * The label's number may carry a part: "Recommendation 3(a):", "Recommendation 2b:", "Recommendation 3.2:", or be
 * written out (group 4): "Recommendation IV:", "Recommendation one –", or a letter before a stop, "Recommendation C:";
 * and the citation may stand beside it: "Recommendation 1 (paragraph 45):", "Recommendation 3 [Para 70] –" (a Lords
 * form), "Recommendation 1 (§23):", "(see paragraph 23)", "(Paragraph 23 of the Report)", "(HC 123, para 23)", a
 * footnote's number after it, "(paragraph 23)7:"; a conclusion and
 * recommendation in one, "Conclusion and recommendation 3:"; the Committee may be named before it: "Committee
 * recommendation 4: …", or a word that marks it out, "Key recommendation 4: …" (or after its number, "Recommendation 4
 * (Key): …"); the number may be called one: "Recommendation No. 4:", "Recommendation #4:", or stand in brackets,
 * "Recommendation (4):", or the citation stand in its place: "Committee recommendation (paragraph 45): …"; where it
 * stands may follow it ("Recommendation 5 (Chapter 2):"), or the paragraph with no brackets between dashes
 * ("Recommendation 1 – paragraph 12 – …"). The words may follow the number with no stop, when they open with a capital:
 * "Recommendation 3.1 Local authorities should …"; the label may stand in square brackets, "[Recommendation 3] The
 * Department …"; its stop may be glued to the words, as a web page's copy gives it: "Recommendation 3—The Department
 * …", "Recommendation 3:The Department …"; and the number may be glued to the word, as a PDF's text may give it:
 * "Recommendation3: …".
 */
const START = new RegExp(
  String.raw`(?:\*\*?|_)?\[?(?:(?:The[ \t]+)?Committee(?:['’]s)?[ \t]+|${LABEL_QUALIFIER}|(?=[RC]))([Rr]ecommendation|[Cc]onclusion[ \t]+(?:and|&)[ \t]+[Rr]ecommendation|[Cc]onclusion|RECOMMENDATION|CONCLUSION|Rec\.?)(?:(?:[ \t]+|(?=\d))(?:[Nn]o\.?[ \t]*|[Nn]umber[ \t]+|#|\((?=\d{1,4}\)))?(?:(\d{1,4})((?:[a-z]|\([a-z]{1,4}\)|\.\d{1,2}(?:[a-z]|\([a-z]{1,4}\))?(?=[ \t]*[:–—-]|(?:\*\*?|_)?[ \t]+[A-Z]))?)(?:(?<=\(\d{1,4})\))?|(${LETTER_AND_NUMBER}(?=[ \t]*[:.–—-])|${LETTER_NUMBER}(?=[ \t]*[:.–—-])|${SPELT_NUMBER})|(?=[([](?:[Ss]ee[ \t]+)?(?:[Pp]ara|[§¶]|H[CL][ \t])))|(?=(?:\*\*?|_)?[ \t]*:))(?:${QUALIFIER_AFTER})?(?:[ \t]*[([](?:[Ss]ee[ \t]+)?(?:H[CL](?:[ \t]+Paper)?[ \t]+\d{1,4},?[ \t]+)?(?:[Pp]ara(?:graph)?s?\.?[ \t]+|[§¶]{1,2}[ \t]*)${PARAGRAPH_LIST}(?:[ \t]+of[ \t]+(?:the|our|this|its)[ \t]+[Rr]eport|[ \t]+refers)?[)\]](?:\d{1,2}(?=[ \t]*[:.–—-]))?|${WHERE_IT_STANDS}|${UNBRACKETED})?\]?(?:[ \t]*[:.–—-](?:\*\*?|_)?[ \t]+(?=\S)|(?:\*\*?|_)?[ \t]+(?=[A-Z“"‘'])|[ \t]*[:.–—](?:\*\*?|_)?(?=[A-Z“"‘']))`,
  'y',
);

/**
 * A label over several recommendations' one text, with a stop: "Recommendations 4 and 5: …", "**Recommendations 3 to
 * 5** – …" (the numbers, group 1).
 */
const SEVERAL = new RegExp(String.raw`(?:\*\*?|_)?\[?(?:(?:The[ \t]+)?Committee(?:['’]s)?[ \t]+)?(?:Recommendations|RECOMMENDATIONS)[ \t]+(${NUMBER_LIST})\]?[ \t]*[:.–—-](?:\*\*?|_)?[ \t]+(?=\S)`, 'y');

/** A label that ends with a stop after its number: "Recommendation 4:", "Rec. 4 –". */
const STOPPED = /[:.–—-](?:\*\*?|_)?[ \t]+$/;

/** The label's word, past Markdown's or bold markers: "Conclusion 1:" against "Recommendation 1a:". */
const CONCLUSION_LABEL = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?)?(?:\*\*)?Conclusion\b/;
const RECOMMENDATION_LABEL = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?)?(?:\*\*)?Rec(?:ommendation\b|\.?[ \t])/;

const CONCLUSION: ConclusionMeaning = Object.freeze({ role: 'conclusion' });

/**
 * True when paragraph `index` is "Conclusion 1: …" and the next paragraph (past annotations) is "Recommendation 1a: …"
 * of the same number: a Public Accounts Committee's conclusion, which opens the item its recommendation completes.
 * Numbered on from the recommendations ("Conclusion 3." after "Recommendation 2."), it is one of them.
 */
function opensItsRecommendation(state: LineState, p: Paragraph, index: number): boolean {
  if (!CONCLUSION_LABEL.test(state.lines[p.lines[0]])) return false;
  const next = state.paragraphs[nextIndex(state.paragraphs, index)];
  if (next === undefined || next.rule !== rule.name || !RECOMMENDATION_LABEL.test(state.lines[next.lines[0]])) return false;
  return state.startAt(next.lines[0]).number === state.startAt(p.lines[0]).number;
}

/** A label's line that gives a title, not the words: short, and ending no sentence ("Recommendation 1(a): Memorials"). */
const isTitle = (line: string) => !endsSentence(line) && line.trim().length < MIN_PROSE_LINE;
/** A title's words: up to six, the last not one a wrapped sentence stops on ("… and", "… the"). */
const TITLE_WORDS = /^\W*\S+(?:\s+\S+){0,5}?(?<!\b(?:and|or|the|a|an|of|to|for|in|on|by|with|that|its|their))\W*$/i;
/** A line that opens a sentence: a capital first, a bullet before it or not ("• The Government should …"). */
const SENTENCE_OPENS = new RegExp(String.raw`^[ \t]*(?:${BULLET_MARK}[ \t]+)?(?:\*\*|[“"])?\p{Lu}`, 'u');

/**
 * "Recommendation 1(a): Memorials" over the recommendation's words: the label and its title name the recommendation,
 * and the paragraph under them says it when its words end at their citation (endOfCitedWords), a response's heading
 * follows them, or they recommend (read apart, that paragraph was taken for the reply, or for a recommendation of its own); so
 * does a list under them, its items after the first taken as a list's are (takesItsList).
 */
function takesItsWords(state: LineState, mine: Paragraph, next: Paragraph, first: boolean, after: Paragraph | undefined): boolean {
  if (!first || mine.lines.length !== 1 || !isTitle(state.lines[mine.lines[0]])) return false;
  // A list under the title whose first item recommends ("(a) The Government should …", "(b) …") is the
  // recommendation's words: a title says none. (Items that do not, "• We have increased funding …", are a reply's.)
  if (next.kind === 'list-item') return recommends(state, next);
  // Words that recommend, and do not open as a reply does, are its words too, cited or not ("Recommendation 1:
  // Compensation" / "The Government should establish a compensation scheme …", a blank line between).
  return next.kind === 'text' && (endOfCitedWords(state, next) !== undefined || (after !== undefined && isResponseKind(after.kind)) || (recommends(state, next) && !opensInReplyVoice(state.lines[next.lines[0]])));
}

/** A first sentence that speaks of the recommendation or the Committee: "The Government accepts this recommendation.". */
const OF_THE_RECOMMENDATION = /^[^.]{0,200}?\b(?:recommendations?|Committee)\b/i;

/**
 * "Recommendation 1: The Government accepts this recommendation. …", "Recommendation 2: Not accepted. …": in a response
 * that gives no recommendation's words, the label names the recommendation and the words after it are its reply. They
 * open with a decision (a label, or who answers and their decision in a first sentence that speaks of the
 * recommendation or the Committee) and recommend nothing. Undefined for a recommendation's own words.
 */
function replyUnderLabel(state: LineState, p: Paragraph): RecommendationMeaning['reply'] | undefined {
  const line = p.lines[0];
  const s = state.lines[line];
  const start = state.startAt(line);
  if (CONCLUSION_LABEL.test(s)) return undefined;
  const words = s.slice(start.prefix);
  if ((decisionAt(words, 0) === undefined && !(opensWithDecision(words) && OF_THE_RECOMMENDATION.test(words))) || recommends(state, p)) return undefined;
  return replyFrom(state, p, { line, character: start.prefix }, 'reply-under-label');
}

/** The start record of a label over several recommendations at `at` ("Recommendations 4 and 5: …"); undefined for none. */
function severalAt(line: string, at: number): Start | undefined {
  const m = execAt(SEVERAL, line, at);
  if (!m || isDecisionOnly(line, at + m[0].length)) return undefined;
  const numbers = expandNumberList(m[1]);
  return started('recommendation', rule, at + m[0].length, { number: numbers[0], numbers, strong: true });
}

const rule: BlockRule = defineRule({
  name: 'labelled-recommendation',
  describes: 'labelled recommendations (“Recommendation 4: …”)',
  rank: 600,
  firstChars: CAPITALS + '*_[',
  props: { startsRecommendation: true, labelled: true, endsAtCitation: true, carriesOverBreak: true, stableUnderKeystroke: true },
  start(line, at) {
    if (!mayOpenLabel(line, at)) return undefined;
    const m = execAt(START, line, at);
    if (!m) return severalAt(line, at);
    // With no stop after its number, only the word in full labels the words ("Rec 5 The …" is a bare number's form).
    if (m[1].length < 5 && !STOPPED.test(m[0])) return undefined;
    // "Recommendation 1: Accepted", "1. Agreed": a summary table's status row, not a recommendation.
    if (isDecisionOnly(line, at + m[0].length)) return undefined;
    if (m[4] !== undefined) return started('recommendation', rule, at + m[0].length, { ...spelt(m[4]), strong: true });
    // No number, the citation in its place ("Committee recommendation (paragraph 45): …"), or none ("Recommendation: The
    // Department should …", not a committee's, which is a letter's quotation: committee-recommends): numbered by its place.
    if (m[2] === undefined) return line.charCodeAt(line.indexOf(m[1], at) + m[1].length) === 58 /* : */ && /Committee/i.test(m[0]) ? undefined : started('recommendation', rule, at + m[0].length, { strong: true });
    return started('recommendation', rule, at + m[0].length, { number: Number(m[2]), label: m[2] + m[3], strong: true });
  },
  goesOn: beforeItsCitation,
  takes: (state, mine, next, first, after) => takesItsList(state, mine, next) || takesItsWords(state, mine, next, first, after),
  read(state, p, index) {
    if (opensItsRecommendation(state, p, index)) return CONCLUSION;
    const found = recommendationMeaning(state, p, state.startAt(p.lines[0]).numbers);
    const reply = replyUnderLabel(state, p);
    if (reply) return { ...found, citations: [], wordsEnd: reply.range.start, reply };
    // "Recommendation 1 – paragraph 12 – …": the paragraph in the label, with no brackets, is a citation too.
    const bare = UNBRACKETED_AT.exec(state.lines[p.lines[0]].slice(0, state.startAt(p.lines[0]).prefix));
    const meaning = bare ? { ...found, citations: [...unbracketedCitations(p.lines[0], bare), ...found.citations] } : found;
    // Under a title, its words a paragraph of their own (not a sentence a page break cut), they start on the line after it;
    // with no blank line between, where the title is a name and the next line opens a sentence (not a wrap of one).
    const title = state.lines[p.lines[0]];
    if (p.lines.length < 2 || p.joinedAcrossBreak || !isTitle(title)) return meaning;
    const apart = p.lines[1] > p.lines[0] + 1 || (TITLE_WORDS.test(title.slice(state.startAt(p.lines[0]).prefix)) && !RECOMMENDS.test(title) && SENTENCE_OPENS.test(state.lines[p.lines[1]]));
    return apart ? { ...meaning, wordsFrom: title.length } : meaning;
  },
  examples: [
    'Recommendation 1: The Department should publish waiting times for assessments every quarter (paragraph 61).\n\nThe Government agrees and will publish them from April.\n\nRecommendation 2: The Department should consult on the guidance before it is revised. (Paragraph 12)\n\nAccepted in principle. We will consult in the autumn.\n',
    'Government response\n\nRecommendation 1: Accepted. The Government will publish the data every quarter from next April.\n\nRecommendation 2: Rejected. Companies already monitor every overflow.\n\nRecommendations 3–4: The Department should set targets for safe routes and report on them every year. (Paragraphs 14 and 15)\n\nThe Government will consider these recommendations.\n',
    'Recommendation 1: Recognising what happened\n(a) The Government should ensure that those who were harmed are recognised.\n(b) A permanent memorial should be established.\n\nResponse\nThe Government accepts both parts of this recommendation.\n\nRecommendation 2: Learning from what happened\nThe NHS should adopt a duty of candour for its leaders.\n\nResponse\nThe Government accepts this recommendation in principle.\n',
  ],
});
export default rule;
