// A heading or label that starts the Government's answer: "Government response", "The Government's Response",
// "Government reply", "Response", "Government response to recommendations 3 and 4", and labels with the answer after
// them: "DHSC response: Agree", "Government response: Accepted. The Government …", "Response:".
import { expandNumberList, NUMBER_LIST } from '../patterns';
import { CAPITALS, execAt, type BlockRule } from './types';

/** Up to eight words naming who answers: "Government", "The Government's", "Ministry of Justice", "DHSC". */
const WHO = String.raw`(?:The[ \t]+)?((?:[A-Z][\w&’'.-]*)(?:[ \t]+(?:of|for|and|the|on|&|[A-Z][\w&’'.-]*)){0,7}?)(?:’s|'s)?[ \t]+`;
const HEADING = new RegExp(
  String.raw`(?:\*\*)?(?:${WHO})?(?:[Rr]esponse|[Rr]eply)(?:[ \t]+(?:to|on)[ \t]+(?:the[ \t]+)?(?:[Rr]ecommendations?|[Cc]onclusions?)[ \t]+(${NUMBER_LIST}))?[ \t]*(?:(\.?(?:\*\*)?[ \t]*$)|(?::|[ \t]+[–—-])(?:\*\*)?[ \t]*)`,
  'y',
);
/**
 * Prose does not start with these words, and they never name who answers; a table's column headings ("No.
 * Recommendation Government reply") name the columns, not a reply.
 */
const NOT_WHO = /^(?:In|Our|This|That|These|Their|Its|A|An|Any|Each|No|Every|As|For|To|On|With|My)$|\b(?:Recommendations?|Conclusions?|Status|Paragraph)\b|(?:^|\s)No\./;

export const responseHeading: BlockRule = {
  name: 'response-heading',
  describes: '“Government response” headings and reply labels',
  firstChars: CAPITALS + '*',
  singleLine: true,
  match(line, at) {
    // Only lines with the word near their start can match: a quick test before the pattern.
    const head = line.length > at + 120 ? line.slice(at, at + 120) : at ? line.slice(at) : line;
    if (head.indexOf('espons') < 0 && head.indexOf('eply') < 0) return undefined;
    const m = execAt(HEADING, line, at);
    if (!m) return undefined;
    const who = m[1]?.trim().replace(/['’]s$/, '');
    if (who && NOT_WHO.test(who)) return undefined;
    const numbers = m[2] ? expandNumberList(m[2]) : undefined;
    return { kind: 'response-heading', rule: this.name, prefix: at + m[0].length, numbers, from: who };
  },
};
