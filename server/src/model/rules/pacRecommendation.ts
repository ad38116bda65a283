// Treasury Minutes: "1. PAC conclusion: …" and "1a. PAC recommendation: …". The conclusion opens the item and takes
// the words after it; the recommendation beside it is what the Government answers. Older Minutes answer each
// conclusion, numbered in brackets: "PAC conclusion (ii): …".
import { numeralValue } from '../patterns';
import { beforeItsCitation, recommendationMeaning } from '../recommendationBlock';
import type { BlockRule } from './types';
import { DIGITS, defineRule, execAt, started } from './types';

const START = /(?:\*\*)?(\d{1,3})([a-z]?)[.:)]?(?:\*\*)?[ \t]+(?:\*\*)?(?:PAC|Committee)[ \t]+(conclusion|recommendation)s?[ \t]*:(?:\*\*)?[ \t]*/iy;
/** The number after the words, as other Minutes print it: "PAC conclusion 1:", "**PAC recommendation 3b:**". */
const START_WORDS_FIRST = /(?:\*\*)?PAC[ \t]+(conclusion|recommendation)[ \t]+(\d{1,3})([a-z]?)[ \t]*[:.](?:\*\*)?[ \t]*/iy;
/**
 * Older Minutes number the Committee's conclusions in brackets, each answered in turn: "PAC conclusion (iii): …", then
 * the Government's reply. Each is what the Government answers (a recommendation), numbered by its numeral (group 1).
 */
const START_BRACKETED = /(?:\*\*)?PAC[ \t]+(?:conclusion|recommendation)[ \t]+\((\d{1,3}|[ivxlc]{1,6})\)[ \t]*[:.](?:\*\*)?[ \t]*/iy;

const rule: BlockRule = defineRule({
  name: 'pac-recommendation',
  describes: 'Treasury Minute items (“1. PAC conclusion:”, “1. PAC recommendation:”)',
  rank: 700,
  firstChars: DIGITS + '*P',
  props: { startsRecommendation: true, labelled: true, endsAtCitation: true, carriesOverBreak: true, stableUnderKeystroke: true },
  start(line, at) {
    const m = execAt(START, line, at);
    const w = m ? undefined : execAt(START_WORDS_FIRST, line, at);
    if (!m && !w) {
      const b = execAt(START_BRACKETED, line, at);
      const value = b && (Number(b[1]) || numeralValue(b[1]));
      return value ? started('recommendation', rule, at + b![0].length, { number: value, label: b![1], strong: true }) : undefined;
    }
    const [word, number, part] = m ? [m[3], m[1], m[2]] : [w![1], w![2], w![3]];
    const kind = word.toLowerCase() === 'conclusion' ? 'conclusion' : 'recommendation';
    return started(kind, rule, at + (m ?? w)![0].length, { number: Number(number), label: number + part, strong: true });
  },
  goesOn: (state, block, next) => block.start.kind !== 'recommendation' || beforeItsCitation(state, block, next),
  takes: (_state, mine, next) => mine.kind === 'conclusion' && (next.kind === 'text' || next.kind === 'list-item'),
  read: (state, p) => (p.kind === 'conclusion' ? { role: 'conclusion' } : recommendationMeaning(state, p)),
  examples: [
    'Ninth Report of Session 2024–25\nDepartment for Education\n\n1. PAC conclusion: The department does not know the condition of many buildings.\n\n1. PAC recommendation: The department should complete its survey of the school estate.\n\n1.1 The government agrees with the Committee’s recommendation.\n\nTarget implementation date: March 2026\n',
    'Twelfth Report\nDepartment for Transport\n\nPAC conclusion (i): The Agency does not know whether its maintenance contracts give value for money.\n\n1. The Government agrees with this conclusion and will review its contracts.\n\nPAC conclusion (ii): The Agency should set targets for the cost of routine maintenance.\n\n2. The Government accepts this recommendation.\n',
  ],
});
export default rule;
