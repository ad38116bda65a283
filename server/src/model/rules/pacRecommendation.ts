// Treasury Minutes: "1. PAC conclusion: …" and "1a. PAC recommendation: …". The conclusion opens the item and takes
// the words after it; the recommendation beside it is what the Government answers.
import { beforeItsCitation, recommendationMeaning } from '../recommendationBlock';
import type { BlockRule } from './types';
import { DIGITS, defineRule, execAt, started } from './types';

const START = /(?:\*\*)?(\d{1,3})([a-z]?)[.:)]?(?:\*\*)?[ \t]+(?:\*\*)?(?:PAC|Committee)[ \t]+(conclusion|recommendation)s?[ \t]*:(?:\*\*)?[ \t]*/iy;
/** The number after the words, as other Minutes print it: "PAC conclusion 1:", "**PAC recommendation 3b:**". */
const START_WORDS_FIRST = /(?:\*\*)?PAC[ \t]+(conclusion|recommendation)[ \t]+(\d{1,3})([a-z]?)[ \t]*[:.](?:\*\*)?[ \t]*/iy;

const rule: BlockRule = defineRule({
  name: 'pac-recommendation',
  describes: 'Treasury Minute items (“1. PAC conclusion:”, “1. PAC recommendation:”)',
  rank: 700,
  firstChars: DIGITS + '*P',
  props: { startsRecommendation: true, labelled: true, endsAtCitation: true, carriesOverBreak: true, stableUnderKeystroke: true },
  start(line, at) {
    const m = execAt(START, line, at);
    const w = m ? undefined : execAt(START_WORDS_FIRST, line, at);
    if (!m && !w) return undefined;
    const [word, number, part] = m ? [m[3], m[1], m[2]] : [w![1], w![2], w![3]];
    const kind = word.toLowerCase() === 'conclusion' ? 'conclusion' : 'recommendation';
    return started(kind, rule, at + (m ?? w)![0].length, { number: Number(number), label: number + part, strong: true });
  },
  goesOn: (state, block, next) => block.start.kind !== 'recommendation' || beforeItsCitation(state, block, next),
  takes: (_state, mine, next) => mine.kind === 'conclusion' && (next.kind === 'text' || next.kind === 'list-item'),
  read: (state, p) => (p.kind === 'conclusion' ? { role: 'conclusion' } : recommendationMeaning(state, p)),
  examples: [
    'Ninth Report of Session 2024–25\nDepartment for Education\n\n1. PAC conclusion: The department does not know the condition of many buildings.\n\n1. PAC recommendation: The department should complete its survey of the school estate.\n\n1.1 The government agrees with the Committee’s recommendation.\n\nTarget implementation date: March 2026\n',
  ],
});
export default rule;
