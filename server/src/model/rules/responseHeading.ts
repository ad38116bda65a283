// A heading or label that starts the Government's answer: "Government response", "The Government's Response",
// "Government reply", "Government position", "Response", "Government response to recommendations 3 and 4" (or "to
// conclusion 3 and recommendation 4", or "Response 3", or a part of one, "… to recommendation 3(a)", which answers
// 3), with the decision beside it in brackets ("Response (Partially accepted)"), and labels with the answer after
// them: "DHSC response: Agree", "Government response: Accepted. The Government …", "Response:", "Response. The
// Government agrees", "Response—Accepted", "Answer: Agreed", "Government comment: …", "Response (DfE): …",
// "Government response and update: …", "**Response** Accepted." (a label its bold alone ends), a date beside it
// ("Government response (June 2024)"), an answerer's view or update ("Government view", "DfE update:"; not "Progress
// update", which may be anyone's), what was done ("Action taken: …", a tracker's label), and in small letters alone on
// its line ("government response"). It answers the recommendations it names by number, else those of its group.
import { expandNumberList, isCapital, listOf, NUMBER_LIST } from '../patterns';
import { isDecisionOnly, opensInReplyVoice } from '../verdicts';
import type { BlockRule, ResponseMeaning } from './types';
import { CAPITALS, defineRule, execAt, responseHeadingMeaning, started } from './types';

/**
 * Up to eight words naming who answers: "Government", "The Government's", "Ministry of Justice", "DHSC", "Ministry of
 * Housing, Communities and Local Government" (a comma may stand between two words).
 */
const WHO = String.raw`(?:The[ \t]+)?((?:[A-Z][\w&’'.-]*)(?:,?[ \t]+(?:of|for|and|the|on|&|[A-Z][\w&’'.-]*)){0,7}?)(?:’s|'s)?[ \t]+`;
/**
 * Numbers, each perhaps with a lettered part or a chapter's: "3 and 4", "3(a) and 3(b)", "2b to 2d", "2.1"
 * (NUMBER_LIST's, parts allowed).
 */
const PART_LIST = listOf(String.raw`\d{1,4}(?:\.\d{1,3}(?!\d))?(?:\([a-z]{1,3}\)|[a-z](?![a-z]))?`);
/** Markdown's bold or italics about a heading or label: "**", "*", "***", "_", "__". */
const EMPHASIS = String.raw`(?:\*{1,3}|_{1,2})?`;
const HEADING = new RegExp(
  String.raw`${EMPHASIS}(?:${WHO})?(?:[Rr]esponse|[Rr]eply|RESPONSE|REPLY|[Aa]nswer|ANSWER|[Pp]osition|POSITION|[Cc]omment|COMMENT|[Vv]iew|VIEW|[Uu]pdate|UPDATE|[Aa]ctions?[ \t]+taken|ACTIONS?[ \t]+TAKEN)(?:[ \t]+(?:and|&)[ \t]+(?:[Uu]pdate|[Pp]rogress(?:[ \t]+[Uu]pdate)?))?(?:${EMPHASIS}[ \t]+(?:(?:to|on)[ \t]+(?:the[ \t]+)?(?:(?:[Rr]ecommendations?|[Cc]onclusions?)[ \t]+|R(?=\d))|(?=\d))(${PART_LIST}(?:[ \t]+and[ \t]+(?:[Rr]ecommendations?|[Cc]onclusions?)[ \t]+${PART_LIST})?))?(?:[ \t]*[([]([^()[\]]{2,40})[)\]])?[ \t]*(?:(\.?${EMPHASIS}[ \t]*$)|(?::|\.(?=${EMPHASIS}[ \t]+[A-Z“"‘'])|[ \t]+-|[ \t]*[–—]|\*\*(?:[ \t]+[–—]|(?=[ \t]+[A-Z“"‘']))|([ \t]+)(?=[A-Z“"‘']))${EMPHASIS}[ \t]*)`,
  'y',
);
/**
 * Prose does not start with these words (nor with "See", "Please", "Refer", which point to another reply), and they
 * never name who answers; a table's column headings ("No. Recommendation Government reply") name the columns, not a
 * reply; a comma straight after the first word is prose's ("However, DHSC response: …"), where a name's comma comes
 * later ("Ministry of Housing, Communities and …").
 */
const NOT_WHO = /^(?:In|This|That|These|Their|Its|A|An|Any|Each|No|Every|As|For|To|On|With|My)$|^(?:See|Please|Refer)\b|\b(?:Recommendations?|Conclusions?|Status|Paragraph)\b|(?:^|\s)No\.|^[^\s,]+,/;

/** "Government:", "**The Scottish Government:**" and the space after it. */
const GOVERNMENT_LABEL = /(?:\*\*)?(?:The[ \t]+)?(?:(?:UK|Scottish|Welsh)[ \t]+)?Government(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*/y;

/** Who answers, in brackets beside the label: "Response (DfE):", "Response (Department for Education):". */
const BRACKETED_WHO = /^(?:the[ \t]+)?[A-Z][\w&’'.-]*(?:[ \t]+(?:of|for|and|the|&|[A-Z][\w&’'.-]*)){0,6}$/;

/** The recommendations a heading answers, in brackets beside it: "(Recommendation 7)", "(Recommendations 3 and 4)". */
const BRACKETED_NUMBERS = new RegExp(String.raw`^[ \t]*(?:[Rr]ecommendations?|Recs?\.?)[ \t]+(${NUMBER_LIST})[ \t]*$`);

/**
 * When it was given, in brackets beside the label: "Government response (June 2025)", "Update (as at March 2025)",
 * "(2024)", "(updated 3 May 2025)".
 */
const BRACKETED_DATE = /^(?:(?:updated|as[ \t]+(?:at|of)|received|published)[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+)?\d{4}$/i;

/** Who answers, by name: a government body ("Government", "Department for Education", "NHS England") or its initials ("DfE", "MoJ"). */
const ANSWERER = /\b(?:Government|Department|Ministry|Minister|Secretary|Executive|Office|Treasury|Agency|Authority|NHS|Council)\b|^[A-Z][a-z]?[A-Z][A-Za-z]*$/;

/** How long a heading with nothing after it can be: "Ministry of Housing, Communities and Local Government response". */
const SHORT = 100;
/** How far into a line a label that a space alone ends can stand ("Ministry of Justice response The …"). */
const BARE_NEAR = 60;
/** How far into a line a label's colon or dash can stand. */
const NEAR = 100;

/**
 * "response" or "reply" (either case, with ":", "." or "*" after it) after up to nine words from `at` that are
 * capitalised or one of "of", "for", "and", "the", "on", "&" (who answers: "Ministry of Justice"). Tried before
 * HEADING on every line that starts with a capital: it fails at the first word of prose ("The Department should …"
 * at "should"), so most lines are settled after a few characters however long they are (the rule on the bundled
 * report's 156 lines that start with a capital: 7 µs, against 12–23 µs for a walk over the words).
 */
const MENTIONS_REPLY = /(?:\*{1,3}|_{1,2})?(?:(?:[A-Z][^\x00-\x20]*|(?:of|for|and|the|on|&)[:.*_]*(?![^\x00-\x20]))[ \t]+){0,9}?(?:[Rr](?:esponse|eply)|RE(?:SPONSE|PLY)|[Aa]nswer|ANSWER|[Pp]osition|POSITION|[Cc]omment|COMMENT|[Vv]iew|VIEW|[Uu]pdate|UPDATE|[Aa]ctions?[ \t]+taken|ACTIONS?[ \t]+TAKEN)(?:[:.*_]*(?![^\x00-\x20])|[–—])/y;

/** A reply's label in small letters, bold or in italics: "government response", "**response", "reply" (group 1: "government"). */
const SMALL_WORDS = String.raw`(?:\*{1,3}|_{1,2})?(?:(government)(?:['’]s)?[ \t]+)?(?:response|reply)(?:\*{1,3}|_{1,2})?`;
/**
 * A reply's heading in small letters, alone on its line ("government response", "**response:**", "government
 * response to recommendations 1 and 2", group 2, as a page styled in small letters gives it when copied): only the
 * whole line, so that prose going on in small letters is never one.
 */
const SMALL_HEADING = new RegExp(String.raw`${SMALL_WORDS}(?:[ \t]+to[ \t]+(?:the[ \t]+)?recommendations?[ \t]+(${PART_LIST}))?:?(?:\*{1,3}|_{1,2})?[ \t]*$`, 'y');
/** The same label with its colon, before words that open as a sentence does: "government response: The …". */
const SMALL_LABEL = new RegExp(String.raw`${SMALL_WORDS}[ \t]*:(?:\*{1,3}|_{1,2})?[ \t]+(?=["“‘']?\p{Lu})`, 'uy');

/**
 * The numbers a heading names (PART_LIST's): "3 and 4", "3(a) and 3(b)" (3), "conclusion 3 and recommendation 4";
 * none for a chapter's number ("Response 2.1"), which names its recommendation as the heading over it does: the reply
 * answers the recommendation before it, by its place.
 */
function headingNumbers(list: string): number[] | undefined {
  return list.includes('.') ? undefined : expandNumberList(list.replace(/[ \t]+(?:[Rr]ecommendations?|[Cc]onclusions?)(?=[ \t])|\([a-z]+\)|(?<=\d)[a-z]/g, ''));
}

const rule: BlockRule = defineRule({
  name: 'response-heading',
  describes: '“Government response” headings and reply labels',
  rank: 800,
  firstChars: CAPITALS + '*_gr',
  props: { singleLine: true, heading: true },
  start(line, at) {
    // In small letters ("g", "r", behind bold or italics), only a heading alone on its line.
    let word = at;
    while (word < at + 3 && (line.charCodeAt(word) === 42 || line.charCodeAt(word) === 95)) word++;
    const c = line.charCodeAt(word);
    if (c === 103 || c === 114) {
      const small = line.length - at <= SHORT ? execAt(SMALL_HEADING, line, at) : null;
      if (small) return started('response-heading', rule, line.length, { from: small[1] && 'Government', numbers: small[2] === undefined ? undefined : headingNumbers(small[2]) });
      // Or a label with its colon, the reply's words after it opening as a sentence does ("government response: The
      // Government will consult …", "response: Agreed."): not words a wrap carried on ("… in its" / "response to …").
      const label = execAt(SMALL_LABEL, line, at);
      return label ? started('response-heading', rule, at + label[0].length, { from: label[1] && 'Government' }) : undefined;
    }
    // "Government: Agreed. …", answering "Committee: The Treasury should …": the answerer alone as a label.
    GOVERNMENT_LABEL.lastIndex = at;
    if (GOVERNMENT_LABEL.test(line)) return started('response-heading', rule, GOVERNMENT_LABEL.lastIndex, { from: 'Government' });
    // The word first: most lines are settled after their first word or two. Then, a heading is short; a long line can
    // only be a label with the answer after it, whose colon or dash comes early.
    MENTIONS_REPLY.lastIndex = at;
    if (!MENTIONS_REPLY.test(line)) return undefined;
    // A label that nothing but a space ends, its reply's words straight after it ("Response The Government accepts
    // …", as a PDF's bold label leaves it): near the line's start, before a capital.
    const wordEnd = MENTIONS_REPLY.lastIndex;
    const bare = wordEnd - at <= BARE_NEAR && line.charCodeAt(wordEnd) === 32 && isCapital(line.charCodeAt(wordEnd + 1));
    if (!bare && line.length - at > SHORT && line.lastIndexOf(':', at + NEAR) < at && line.lastIndexOf('–', at + NEAR) < at && line.lastIndexOf('—', at + NEAR) < at && line.lastIndexOf(' -', at + NEAR) < at && line.lastIndexOf('. ', at + NEAR) < at) return undefined;
    const m = execAt(HEADING, line, at);
    if (!m) return undefined;
    // A label its bold alone ends ("**Response** Accepted."), only where the bold opened it.
    if (m[4] === undefined && m[5] === undefined && !/[:.–—-][*_ \t]*$/.test(m[0]) && !line.startsWith('**', at)) return undefined;
    // … and, ended by a space alone, only where the words after it open as a reply does: a decision or the answerer's
    // own voice ("Response The Government accepts …", "Government response Agreed."), never "Response Team members …".
    if (m[5] !== undefined && !opensInReplyVoice(line.slice(at + m[0].length))) return undefined;
    const named = m[1]?.trim().replace(/['’]s$/, '');
    // "Our response" is the answerer's own heading: "we" answer, named by no one.
    const who = named && /^our$/i.test(named) ? undefined : named;
    if (who && NOT_WHO.test(who)) return undefined;
    // The decision beside it in brackets ("Response (Partially accepted)"), the recommendations it answers
    // ("Government Response (Recommendation 7): …"), who answers ("Response (DfE): …") or when ("Government response
    // (June 2025)"): nothing else.
    const bracketed = m[3] !== undefined ? BRACKETED_NUMBERS.exec(m[3]) : null;
    const inBrackets = m[3]?.trim();
    const byWho = inBrackets !== undefined && !bracketed && !isDecisionOnly(inBrackets) && BRACKETED_WHO.test(inBrackets) && !NOT_WHO.test(inBrackets) ? inBrackets : undefined;
    if (m[3] !== undefined && !bracketed && !byWho && !isDecisionOnly(m[3]) && !BRACKETED_DATE.test(inBrackets!)) return undefined;
    // "Government position", "The Department's position:", "Our position", "Government comment:": a position or a
    // comment is a reply's only when the answerer states it (a committee's "Committee position" or "Committee comment"
    // on the reply is its own; "Position:" or "Comment:" alone may be any field). "Answer:" is a reply's label, where
    // "Answer." or "Answer" alone may be any words.
    // "Action taken:" is the answerer's, as a tracker gives what was done in reply.
    if (!/(?:response|reply|answer|actions?[ \t]+taken)/i.test(m[0]) && (!named || /Committee/i.test(named))) return undefined;
    // "Government view", "DfE update:": a view or an update is the answerer's only when a government body is named
    // ("Progress update", "Latest update" or "Our view" may be anyone's).
    if (!/(?:response|reply|answer|position|comment|actions?[ \t]+taken)/i.test(m[0]) && !ANSWERER.test(named!)) return undefined;
    if (/answer/i.test(m[0]) && !m[0].includes(':')) return undefined;
    // "… to conclusion 3 and recommendation 4" names both, one numbering.
    const numbers = m[2] ? headingNumbers(m[2]) : bracketed ? expandNumberList(bracketed[1]) : undefined;
    return started('response-heading', rule, at + m[0].length, { numbers, from: who ?? byWho });
  },
  // The words after a label ("DHSC response: Agree") are the response's first words.
  read(state, p): ResponseMeaning {
    return responseHeadingMeaning(state, p, this.name);
  },
  examples: [
    '1. The Department should set out a workforce plan for the next ten years. (Paragraph 14)\n\nDHSC response: Agree\n\nThe Department will publish the plan in the spring.\n\n2. The Department should review pay for all staff groups. (Paragraph 22)\n\nGovernment response\n\nThe Government does not accept this recommendation.\n',
    'Recommendation 3(a)\nVenues should have a counter-terrorism plan that they review every year.\n\nRecommendation 3(b)\nVenues should test their plans at least once a year with their staff.\n\nGovernment response to Recommendations 3(a) and 3(b)\nThe Government agrees. Guidance will be published alongside the Act.\n',
    'Recommendation 33.10: that every owner of a high-rise building give the fire service plans of it.\n\nStatus: Not accepted\nLead: MHCLG\n\nGovernment response: Plans are held by building control.\n\nRecommendation 33.11: that the fire service review its training.\n\nStatus: In progress\n\nGovernment response: The Government accepted this recommendation.\n',
  ],
});
export default rule;
