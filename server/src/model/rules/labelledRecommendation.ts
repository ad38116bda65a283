// "Recommendation 4: The Department should … (paragraph 61)." and "Conclusion 3. We urge …": the label and the
// recommendation's words in one paragraph, bold or not ("**Recommendation 4:** …", "**Recommendation 4: …**").
import { matched, execAt, type BlockRule } from './types';

const START = /(?:\*\*)?(Recommendation|Conclusion|Rec\.?)[ \t]+(\d{1,4})([a-z]?)[ \t]*[:.–—-](?:\*\*)?[ \t]+(?=\S)/y;

export const labelledRecommendation: BlockRule = {
  name: 'labelled-recommendation',
  describes: 'labelled recommendations (“Recommendation 4: …”)',
  firstChars: 'RC*',
  match(line, at) {
    const m = execAt(START, line, at);
    if (!m) return undefined;
    return matched('recommendation', this, at + m[0].length, { number: Number(m[2]), label: m[2] + m[3], strong: true });
  },
};
