// "[Paragraph 29] The Department should …": a recommendation opened by the paragraph of the Committee's report it comes
// from, in square brackets, and no number of its own: it is numbered by its place, cites that paragraph, and is believed
// as a labelled one is (the bracket is its label, not a reference in running text).
import { NUMBER_LIST, expandNumberList } from '../patterns';
import { afterReplyLabel, beforeItsCitation, recommendationMeaning, takesItsList } from '../recommendationBlock';
import type { BlockRule } from './types';
import { defineRule, execAt, started } from './types';

/** Words follow the bracket: "[Paragraph 29]." alone ends the words above it, as a citation carried to its own line. */
const START = new RegExp(String.raw`(?:\*\*)?\[(?:Paragraphs?|Paras?\.?)[ \t]+(${NUMBER_LIST})\](?:\*\*)?[ \t]*(?=[^\s.,;:)\]])`, 'iy');

const rule: BlockRule = defineRule({
  name: 'bracketed-paragraph',
  describes: 'recommendations opened by “[Paragraph 29]”',
  rank: 650,
  firstChars: '[*',
  props: { startsRecommendation: true, labelled: true, endsAtCitation: true, carriesOverBreak: true, stableUnderKeystroke: true },
  start(line, at) {
    const m = execAt(START, line, at);
    // "[Paragraph 29] Response: …" is a citation a line break carried over, and the reply after it.
    if (!m || afterReplyLabel(line, at + m[0].length) > at + m[0].length) return undefined;
    return started('recommendation', rule, at + m[0].length, { strong: true });
  },
  goesOn: beforeItsCitation,
  takes: takesItsList,
  read(state, p) {
    const line = p.lines[0];
    const s = state.lines[line];
    const m = execAt(START, s, s.indexOf('['))!;
    const range = { start: { line, character: m.index }, end: { line, character: m.index + m[0].trimEnd().length } };
    const meaning = recommendationMeaning(state, p);
    // The opening bracket is itself a citation to the reader of citations: kept once, as the opening.
    const others = meaning.citations.filter((c) => c.range.start.line !== line || c.range.start.character >= range.end.character);
    return { ...meaning, citations: [...expandNumberList(m[1]).map((paragraph) => ({ paragraph, range })), ...others] };
  },
  examples: [
    '[Paragraph 29] The Department should publish its review of the high needs funding formula before the next spending review.\n\nThe Government agrees and will publish the review in the spring, with the evidence it has gathered.\n\n[Paragraph 34] The Department should consult schools on the timetable for the new arrangements.\n\nWe do not accept this recommendation.\n',
  ],
});
export default rule;
