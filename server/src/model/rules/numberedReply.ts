// "4.1 The Government agrees …", "4.2. …": numbered paragraphs of the reply to recommendation 4. They are the response,
// never recommendations, and each starts a paragraph of its own. A sentence follows the number ("2.5 million" is not one).
// A line that recommends and ends at its citation (or has a reply after its citation), not opening as a reply does, is
// the report's own numbered recommendation or a table's row, and left to their rules; one that recommends and that a
// reply's heading or label follows ("2.1 The Department should …" / "Response: Agreed") is read as the recommendation.
import { endsAtItsCitation, endsWithCitation } from '../citations';
import { RECOMMENDS } from '../patterns';
import { proseGoesOn } from '../prose';
import { citedThenReplies, opensAsReply } from '../verdicts';
import { recommendationMeaning, recommends } from '../recommendationBlock';
import type { BlockRule, BodyMeaning, RecommendationMeaning } from './types';
import { DIGITS, defineRule, execAt, isResponseKind, nextIndex, started } from './types';
import type { LineState } from '../state';

const START = / {0,3}(?:\*\*)?(\d{1,4})\.(\d{1,3})\.?(?:\*\*)?[ \t]+(?=["“‘'(\p{Lu}])/uy;

/** True when the paragraph after paragraph `index` (annotations passed over) is a reply's heading or label. */
function replyFollows(state: LineState, index: number): boolean {
  const next = state.paragraphs[nextIndex(state.paragraphs, index)];
  return next !== undefined && isResponseKind(next.kind);
}

const rule: BlockRule = defineRule({
  name: 'numbered-reply',
  describes: 'numbered replies (“4.1 …”)',
  rank: 900,
  firstChars: DIGITS + ' *',
  props: { carriesOverBreak: true, stableUnderKeystroke: true },
  goesOn: proseGoesOn,
  start(line, at) {
    const m = execAt(START, line, at);
    if (!m) return undefined;
    // "3.1 The Department should … (Paragraph 12)": the report's recommendation numbered in its chapter, as a
    // numbered recommendation reads it, not a reply's paragraph (which does not open by recommending and cite).
    const words = line.slice(at + m[0].length);
    // So is a table's row numbered so, the reply after its citation ("1.1 The MoD should … (Para 11) Accepted.").
    if ((endsWithCitation(line) || citedThenReplies(line)) && RECOMMENDS.test(words) && !opensAsReply(words)) return undefined;
    // (Its label, "3.1", names it when its paragraph is read as a chapter's recommendation; see read.)
    return started('numbered-reply', rule, at + m[0].length, { number: Number(m[1]), label: `${m[1]}.${m[2]}` });
  },
  read(state, p, index): BodyMeaning | RecommendationMeaning {
    const start = state.startAt(p.lines[0]);
    // A chapter's recommendation that a line break cut, its citation on a later line ("3.1 The Department should …" /
    // "… (Paragraph 45)"): the whole paragraph recommends, ends at its citation and does not open as a reply does. (On
    // one line the numbered-recommendation rule reads it; the builder keeps it a reply's after a reply's "1.1".)
    // Or, citing nothing, one a reply's heading or label follows ("2.1 The Department should …" / "Response: Agreed"):
    // a reply's own numbered paragraph is followed by the next recommendation, not a reply.
    // (Where it stands is asked before what it says: most such paragraphs are settled by it.)
    const placed = (p.lines.length > 1 && endsAtItsCitation(state, p)) || replyFollows(state, index);
    if (placed && recommends(state, p) && !opensAsReply(state.lines[p.lines[0]].slice(start.prefix))) return recommendationMeaning(state, p);
    return { role: 'body', answersNumber: start.number, layout: rule.name };
  },
  examples: [
    '4. The Department should review the funding formula for schools. (Paragraph 40)\n\n4.1 The Government agrees with the Committee and will review the formula.\n\n4.2 The Department will publish the review next year.\n',
    'The Department should publish a plan. (Paragraph 12)\n\n1.1 The Government agrees.\n\n1.2 It is right that schools should plan ahead (paragraph 13).\n',
    'Government response\n\n2.1 The Department should publish a plan for rural buses.\n\nResponse: Agreed. A plan will follow.\n\n2.2 The Department should review fares for young people.\n\nResponse: Not agreed.\n\n2.3 Schools will be told of the change.\n',
    'Chapter 3: Funding\n\n3.1 The Department should publish its funding plan for the\nnext five years. (Paragraph 12)\n\nThe Government agrees.\n\n3.2 The Department should consult on the new formula\nbefore it is introduced. (Paragraph 14)\n\nThe Government does not agree.\n',
  ],
});
export default rule;
