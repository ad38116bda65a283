// "Recommendation 7" on a line of its own (also "Recommendation 7:", "Recommendations 3 and 4", "Recommendations 3 to
// 5", "## Recommendation 7", "**Recommendation 7**"): the recommendation's words follow in the next paragraphs.
import { expandNumberList, NUMBER_LIST } from '../patterns';
import { matched, execAt, type BlockRule } from './types';

const HEADING = new RegExp(String.raw`(?:\*\*)?(?:Recommendations?|Conclusions?)[ \t]+((\d{1,4})([a-z]?)(?:\s*(?:,|and|&|to|–|—|-)\s*\d{1,4})*)[ \t]*[:.]?[ \t]*(?:\*\*)?[ \t]*$`, 'y');
const LIST = new RegExp(`^${NUMBER_LIST}$`);

const MAX_LENGTH = 80;

export const recommendationHeading: BlockRule = {
  name: 'recommendation-heading',
  describes: '“Recommendation 7” headings',
  firstChars: 'RC*',
  singleLine: true,
  match(line, at) {
    // "Recommendations 12, 13, 14 and 15:" is about as long as one gets; prose is longer.
    if (line.length - at > MAX_LENGTH) return undefined;
    const m = execAt(HEADING, line, at);
    if (!m) return undefined;
    const numbers = m[3] ? [Number(m[2])] : LIST.test(m[1]) ? expandNumberList(m[1]) : [Number(m[2])];
    return matched('recommendation-heading', this, line.length, { number: numbers[0], label: m[2] + m[3], numbers, strong: true });
  },
};
