// "Recommendation 4: The Department should … (paragraph 61)." and "Conclusion 3. We urge …": the label and the
// recommendation's words in one paragraph, bold or not ("**Recommendation 4:** …", "**Recommendation 4: …**").
import { beforeItsCitation, recommendationMeaning, takesItsList } from '../recommendationBlock';
import { isDecisionOnly } from '../verdicts';
import type { BlockRule } from './types';
import { defineRule, execAt, started } from './types';

/** The label's number may carry a part: "Recommendation 3(a):", "Recommendation 2b:", "Recommendation 3.2:". */
const START = /(?:\*\*)?(Recommendation|Conclusion|Rec\.?)[ \t]+(\d{1,4})((?:[a-z]|\([a-z]{1,4}\)|\.\d{1,2}(?=[ \t]*[:–—-]))?)[ \t]*[:.–—-](?:\*\*)?[ \t]+(?=\S)/y;

const rule: BlockRule = defineRule({
  name: 'labelled-recommendation',
  describes: 'labelled recommendations (“Recommendation 4: …”)',
  rank: 600,
  firstChars: 'RC*',
  props: { startsRecommendation: true, labelled: true, endsAtCitation: true, carriesOverBreak: true, stableUnderKeystroke: true },
  start(line, at) {
    const m = execAt(START, line, at);
    if (!m) return undefined;
    // "Recommendation 1: Accepted", "1. Agreed": a summary table's status row, not a recommendation.
    if (isDecisionOnly(line, at + m[0].length)) return undefined;
    return started('recommendation', rule, at + m[0].length, { number: Number(m[2]), label: m[2] + m[3], strong: true });
  },
  goesOn: beforeItsCitation,
  takes: takesItsList,
  read: (state, p) => recommendationMeaning(state, p),
  examples: [
    'Recommendation 1: The Department should publish waiting times for assessments every quarter (paragraph 61).\n\nThe Government agrees and will publish them from April.\n\nRecommendation 2: The Department should consult on the guidance before it is revised. (Paragraph 12)\n\nAccepted in principle. We will consult in the autumn.\n',
  ],
});
export default rule;
