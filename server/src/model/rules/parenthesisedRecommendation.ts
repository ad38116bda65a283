// "(12) We recommend …": a recommendation numbered in brackets. Weak, like a bare number: "(1)" also numbers lists.
import { execAt, type BlockRule } from './types';

const START = / {0,3}(?:\*\*)?\((\d{1,4})\)(?:\*\*)?[ \t]+(?=\S)/y;

export const parenthesisedRecommendation: BlockRule = {
  name: 'parenthesised-recommendation',
  describes: 'recommendations numbered in brackets (“(12) We recommend …”)',
  firstChars: '( *',
  match(line, at) {
    const m = execAt(START, line, at);
    if (!m) return undefined;
    return { kind: 'recommendation', rule: this.name, prefix: at + m[0].length, number: Number(m[1]), label: m[1], strong: false };
  },
};
