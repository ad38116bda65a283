// "(12) We recommend …": a recommendation numbered in brackets. Weak, like a bare number, since "(1)" also numbers
// lists, unless its words start as a committee's do ("We recommend", "We urge", "We call on").
import { matched, execAt, type BlockRule } from './types';

const START = / {0,3}(?:\*\*)?\((\d{1,4})\)(?:\*\*)?[ \t]+(?=\S)/y;

const COMMITTEE_WORDS = /^(?:\*\*)?We (?:recommend|urge|call on)\b/;

export const parenthesisedRecommendation: BlockRule = {
  name: 'parenthesised-recommendation',
  describes: 'recommendations numbered in brackets (“(12) We recommend …”)',
  firstChars: '( *',
  match(line, at) {
    const m = execAt(START, line, at);
    if (!m) return undefined;
    const strong = COMMITTEE_WORDS.test(line.slice(at + m[0].length, at + m[0].length + 20));
    return matched('recommendation', this, at + m[0].length, { number: Number(m[1]), label: m[1], strong });
  },
};
