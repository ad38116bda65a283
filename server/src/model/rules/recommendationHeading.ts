// "Recommendation 7" on a line of its own (also "Recommendation 7:", "Recommendations 3 and 4", "Recommendations 3 to
// 5", "## Recommendation 7", "**Recommendation 7**"): the recommendation's words follow in the next paragraphs.
import { expandNumberList, NUMBER_LIST } from '../patterns';
import { execAt, type BlockRule } from './types';

const HEADING = new RegExp(String.raw`(?:\*\*)?(?:Recommendations?|Conclusions?)[ \t]+((\d{1,4})([a-z]?)(?:\s*(?:,|and|&|to|–|—|-)\s*\d{1,4})*)[ \t]*[:.]?[ \t]*(?:\*\*)?[ \t]*$`, 'y');
const LIST = new RegExp(`^${NUMBER_LIST}$`);

export const recommendationHeading: BlockRule = {
  name: 'recommendation-heading',
  describes: '“Recommendation 7” headings',
  firstChars: 'RC*',
  singleLine: true,
  match(line, at) {
    const m = execAt(HEADING, line, at);
    if (!m) return undefined;
    const numbers = m[3] ? [Number(m[2])] : LIST.test(m[1]) ? expandNumberList(m[1]) : [Number(m[2])];
    return { kind: 'recommendation-heading', rule: this.name, prefix: line.length, number: numbers[0], label: m[2] + m[3], numbers, strong: true };
  },
};
