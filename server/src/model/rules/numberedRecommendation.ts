// "18. The Department should … (Paragraph 45)": a recommendation numbered by a bare number and a full stop, bold or
// not, indented a little or not; also "5.That the Department …" from a flattened table. A bare number is weak: the
// parser takes it as a recommendation only when it cites a paragraph or carries on the numbering.
import { matched, DIGITS, execAt, type BlockRule } from './types';

const START = /( {0,3})(?:\*\*)?(\d{1,4})\.(?:\*\*)?(?:[ \t]+(?=\S)|(?=["“‘'\p{Lu}]))/uy;

export const numberedRecommendation: BlockRule = {
  name: 'numbered-recommendation',
  describes: 'numbered recommendations (“18. … (Paragraph 45)”)',
  firstChars: DIGITS + ' *',
  match(line, at) {
    const m = execAt(START, line, at);
    if (!m) return undefined;
    return matched('recommendation', this, at + m[0].length, { number: Number(m[2]), label: m[2], strong: false });
  },
};
