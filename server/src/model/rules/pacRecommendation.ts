// Treasury Minutes: "1. PAC conclusion: …" and "1a. PAC recommendation: …". The conclusion opens the item; the
// recommendation beside it is what the Government answers.
import { matched, DIGITS, execAt, type BlockRule } from './types';

const START = /(?:\*\*)?(\d{1,3})([a-z]?)\.?(?:\*\*)?[ \t]+(?:\*\*)?(?:PAC|Committee)[ \t]+(conclusion|recommendation)s?[ \t]*:(?:\*\*)?[ \t]*/iy;

export const pacRecommendation: BlockRule = {
  name: 'pac-recommendation',
  describes: 'Treasury Minute items (“1. PAC conclusion:”, “1. PAC recommendation:”)',
  firstChars: DIGITS + '*',
  match(line, at) {
    const m = execAt(START, line, at);
    if (!m) return undefined;
    const kind = m[3].toLowerCase() === 'conclusion' ? 'conclusion' : 'recommendation';
    return matched(kind, this, at + m[0].length, { number: Number(m[1]), label: m[1] + m[2], strong: true });
  },
};
