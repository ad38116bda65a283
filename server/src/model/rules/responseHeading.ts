// A heading or label that starts the Government's answer: "Government response", "The Government's Response",
// "Government reply", "Response", "Government response to recommendations 3 and 4", and labels with the answer after
// them: "DHSC response: Agree", "Government response: Accepted. The Government …", "Response:".
import { expandNumberList, NUMBER_LIST } from '../patterns';
import { matched, CAPITALS, execAt, type BlockRule } from './types';

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

/** How long a heading with nothing after it can be: "Ministry of Housing, Communities and Local Government response". */
const SHORT = 100;
/** How far into a line a label's colon or dash can stand. */
const NEAR = 100;

/** Small words that may stand among the capitalised words naming who answers ("Ministry of Justice"). */
const CONNECTORS = ['of', 'for', 'and', 'the', 'on', '&'];

/** True when line[i, end) is one of CONNECTORS, compared in place. */
function isConnector(line: string, i: number, end: number): boolean {
  const n = end - i;
  if (n > 3) return false;
  for (const c of CONNECTORS) if (c.length === n && line.startsWith(c, i)) return true;
  return false;
}
/** At most this many words before "response": who answers. */
const MAX_WORDS = 9;

/**
 * True when "response" or "reply" (either case) follows only capitalised words (and "of", "for", …) from `at`: a
 * word-by-word look at the line's first words that stops at the first word of prose ("The Department should …"
 * stops at "should"), so that most lines are settled after a few characters however long they are. Nothing is
 * copied: this runs on every line that starts with a capital.
 */
function mentionsReply(line: string, at: number): boolean {
  let i = at;
  if (line.startsWith('**', i)) i += 2;
  for (let words = 0; words <= MAX_WORDS && i < line.length; words++) {
    let j = i;
    while (j < line.length && line.charCodeAt(j) > 32) j++;
    let end = j;
    while (end > i && isTrailing(line.charCodeAt(end - 1))) end--;
    const first = line.charCodeAt(i);
    const r = first === 114 || first === 82; /* r R */
    if (r && end - i === 8 && line.startsWith('esponse', i + 1)) return true;
    if (r && end - i === 5 && line.startsWith('eply', i + 1)) return true;
    if (!(first >= 65 && first <= 90) && !isConnector(line, i, end)) return false;
    i = j;
    while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  }
  return false;
}

/** ":", "." and "*" after a word: "response:", "Response.", "reply**". */
function isTrailing(c: number): boolean {
  return c === 58 || c === 46 || c === 42;
}

export const responseHeading: BlockRule = {
  name: 'response-heading',
  describes: '“Government response” headings and reply labels',
  firstChars: CAPITALS + '*',
  singleLine: true,
  match(line, at) {
    // The word first: most lines are settled after their first word or two. Then, a heading is short; a long line can
    // only be a label with the answer after it, whose colon or dash comes early.
    if (!mentionsReply(line, at)) return undefined;
    if (line.length - at > SHORT && line.lastIndexOf(':', at + NEAR) < at && line.lastIndexOf('–', at + NEAR) < at && line.lastIndexOf(' -', at + NEAR) < at) return undefined;
    const m = execAt(HEADING, line, at);
    if (!m) return undefined;
    const who = m[1]?.trim().replace(/['’]s$/, '');
    if (who && NOT_WHO.test(who)) return undefined;
    const numbers = m[2] ? expandNumberList(m[2]) : undefined;
    return matched('response-heading', this.name, at + m[0].length, { numbers, from: who });
  },
};
