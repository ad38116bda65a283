// "[Paragraph 29] The Department should …": a recommendation opened by the paragraph of the Committee's report it comes
// from, in square brackets, and no number of its own: it is numbered by its place, cites that paragraph, and is believed
// as a labelled one is (the bracket is its label, not a reference in running text). Also without the brackets, with a
// dash after the number, as a Scottish Government letter writes it: "Paragraph 45 – The Committee recommends …".
import { PARAGRAPH_LIST, RECOMMENDS, expandParagraphList } from '../patterns';
import { afterReplyLabel, beforeItsCitation, recommendationMeaning, takesItsList } from '../recommendationBlock';
import { isDecisionOnly, opensWithDecision } from '../verdicts';
import type { BlockRule } from './types';
import { defineRule, execAt, started } from './types';
import { markdownLead } from '../lines';

/** Words follow the bracket: "[Paragraph 29]." alone ends the words above it, as a citation carried to its own line. */
const START = new RegExp(String.raw`(?:\*\*)?\[(?:Paragraphs?|Paras?\.?)[ \t]+(${PARAGRAPH_LIST})\](?:\*\*)?[ \t]*(?=[^\s.,;:)\]])`, 'iy');
/**
 * In round brackets, "(Paragraph 12) The Department should …": only before words that recommend, since a wrap may put
 * a recommendation's citation at the start of a line, its reply after it ("(Para 12) The in-service date will be …").
 */
const ROUND = new RegExp(String.raw`(?:\*\*)?\((?:Paragraphs?|Paras?\.?)[ \t]+(${PARAGRAPH_LIST})\)(?:\*\*)?[ \t]*(?=\p{Lu})`, 'iuy');
/**
 * Without brackets: "Paragraph 45 – …", "**Paras 12 and 13** – …". A capital, and a dash after the number, set it apart
 * from running text a line break cut ("… as set out in" / "paragraph 45 of the report"). With a colon, "Paragraph 20:
 * Funding for …" is a reply's heading that quotes the recommendation (the paragraph-heading rule).
 */
const PLAIN = new RegExp(String.raw`(?:\*\*)?(?:Paragraphs?|Paras?\.?)[ \t]+(${PARAGRAPH_LIST})(?:\*\*)?(?:[ \t]+[–—-]|[ \t]*[–—])(?:\*\*)?[ \t]+(?=\S)`, 'y');
/** Words after the label that are a reply's heading, not a recommendation's: "Paragraph 45 – Government response". */
const REPLY_WORDS = /(?:Scottish[ \t]+|Welsh[ \t]+|UK[ \t]+)?(?:Government[ \t]+)?(?:response|reply)\b/iy;

const rule: BlockRule = defineRule({
  name: 'bracketed-paragraph',
  describes: 'recommendations opened by their paragraph (“[Paragraph 29]”, “(Paragraph 12) The … should”, “Paragraph 45 – …”)',
  rank: 650,
  firstChars: '[(*P',
  props: { startsRecommendation: true, labelled: true, endsAtCitation: true, carriesOverBreak: true, stableUnderKeystroke: true },
  start(line, at) {
    const m = execAt(START, line, at) ?? roundStart(line, at);
    if (m === null) return plainStart(line, at);
    // "[Paragraph 29] Response: …" is a citation a line break carried over, and the reply after it.
    if (afterReplyLabel(line, at + m[0].length) > at + m[0].length) return undefined;
    return started('recommendation', rule, at + m[0].length, { strong: true });
  },
  goesOn: beforeItsCitation,
  takes: takesItsList,
  // "[para 15] Website is being redeveloped.": a wrap carried the citation of the recommendation above, which has none
  // yet, to the start of a line, its reply after it (a flattened table's row). It opens a recommendation of its own
  // only where its words recommend, as in the round brackets.
  interrupts: (state, current, start, line) =>
    current.start.kind !== 'recommendation' || current.lines.some((l) => state.citationsOn(l).length) || RECOMMENDS.test(state.lines[line].slice(start.prefix)),
  read(state, p) {
    const line = p.lines[0];
    const s = state.lines[line];
    // Where `start` read it: past Markdown's markers ("# (Paragraph 12) …", as an imported page's heading gives it).
    const lead = markdownLead(s);
    const at = lead + (s.length - lead - s.slice(lead).trimStart().length);
    const bracketed = execAt(START, s, at) ?? roundStart(s, at);
    const m = bracketed ?? execAt(PLAIN, s, at);
    if (m === null) return recommendationMeaning(state, p);
    // The label is the citation: the bracket, or the word and numbers before the dash.
    const end = bracketed ? m.index + m[0].trimEnd().length : s.indexOf(m[1], m.index) + m[1].length;
    const range = { start: { line, character: m.index }, end: { line, character: end } };
    const meaning = recommendationMeaning(state, p);
    // The opening bracket is itself a citation to the reader of citations: kept once, as the opening.
    const others = meaning.citations.filter((c) => c.range.start.line !== line || c.range.start.character >= range.end.character);
    return { ...meaning, citations: [...expandParagraphList(m[1]).map((paragraph) => ({ paragraph, range })), ...others] };
  },
  examples: [
    'Dear Convener,\n\nParagraph 45 – The Committee recommends that the Scottish Government publishes a workforce plan for social care by the end of the year.\n\nThe Scottish Government agrees and will publish the plan in the autumn.\n\nParagraph 52 – The Committee asks the Scottish Government to set out how it will monitor waiting times.\n\nWe will report to the Committee every six months.\n',
    '[Paragraph 29] The Department should publish its review of the high needs funding formula before the next spending review.\n\nThe Government agrees and will publish the review in the spring, with the evidence it has gathered.\n\n[Paragraph 34] The Department should consult schools on the timetable for the new arrangements.\n\nWe do not accept this recommendation.\n',
  ],
});

/** "(Paragraph 12) The Department should …": the bracket's match where the words after it recommend and open no reply. */
function roundStart(line: string, at: number): RegExpExecArray | null {
  const m = execAt(ROUND, line, at);
  if (m === null) return null;
  const words = line.slice(at + m[0].length);
  return RECOMMENDS.test(words) && !opensWithDecision(words) ? m : null;
}

/** "Paragraph 45 – …" where words follow that are neither a reply's heading nor a decision alone ("Paragraph 45 – Agreed"). */
function plainStart(line: string, at: number) {
  const m = execAt(PLAIN, line, at);
  if (m === null) return undefined;
  const from = at + m[0].length;
  REPLY_WORDS.lastIndex = from;
  if (REPLY_WORDS.test(line) || isDecisionOnly(line, from)) return undefined;
  return started('recommendation', rule, from, { strong: true });
}

export default rule;
