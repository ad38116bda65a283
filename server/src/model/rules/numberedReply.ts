// "4.1 The Government agrees …", "4.2. …": numbered paragraphs of the reply to recommendation 4. They are the response,
// never recommendations, and each starts a paragraph of its own. A sentence follows the number ("2.5 million" is not one).
import { proseGoesOn } from '../prose';
import type { BlockRule, BodyMeaning } from './types';
import { DIGITS, defineRule, execAt, started } from './types';

const START = / {0,3}(?:\*\*)?(\d{1,4})\.(\d{1,3})\.?(?:\*\*)?[ \t]+(?=["“‘'(\p{Lu}])/uy;

const rule: BlockRule = defineRule({
  name: 'numbered-reply',
  describes: 'numbered replies (“4.1 …”)',
  rank: 900,
  firstChars: DIGITS + ' *',
  props: { carriesOverBreak: true, stableUnderKeystroke: true },
  goesOn: proseGoesOn,
  start(line, at) {
    const m = execAt(START, line, at);
    return m ? started('numbered-reply', rule, at + m[0].length, { number: Number(m[1]) }) : undefined;
  },
  read(state, p): BodyMeaning {
    return { role: 'body', answersNumber: state.startAt(p.lines[0]).number, layout: rule.name };
  },
  examples: [
    '4. The Department should review the funding formula for schools. (Paragraph 40)\n\n4.1 The Government agrees with the Committee and will review the formula.\n\n4.2 The Department will publish the review next year.\n',
  ],
});
export default rule;
