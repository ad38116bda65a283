// "4.1 The Government agrees …", "4.2. …": numbered paragraphs of the reply to recommendation 4. They are the response,
// never recommendations, and each starts a paragraph of its own. A sentence follows the number ("2.5 million" is not one).
import { matched, DIGITS, execAt, type BlockRule } from './types';

const START = / {0,3}(?:\*\*)?(\d{1,4})\.(\d{1,3})\.?(?:\*\*)?[ \t]+(?=["“‘'(\p{Lu}])/uy;

export const numberedReply: BlockRule = {
  name: 'numbered-reply',
  describes: 'numbered replies (“4.1 …”)',
  firstChars: DIGITS + ' *',
  match(line, at) {
    const m = execAt(START, line, at);
    return m ? matched('numbered-reply', this, at + m[0].length, { number: Number(m[1]) }) : undefined;
  },
};
