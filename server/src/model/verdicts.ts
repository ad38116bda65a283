// The one verdict table: the decision words a response or a table's status column gives ("Accepted", "Not agreed",
// "Under consideration"), and the stance each decides. The reader finds them with it; the stance feature reads them.
import { citationSpans, replyAfter } from './citations';
import { isFieldLine } from './lines';
import { isCapital, publicBody, RECOMMENDS, TARGET_DATE_NAME } from './patterns';

/** What a decision word decides (the stance feature's values, without its own "no-response" and "unclear"). */
export type Verdict = 'accepted' | 'accepted-in-part' | 'under-consideration' | 'noted' | 'rejected';

/**
 * Decision words by what they decide. A progress table's status says what was done and that the recommendation was
 * taken up ("Implemented", "Partially implemented"; "Not implemented" says nothing of whether it was accepted, and is
 * not here).
 */
const VERDICT_WORDS: Readonly<Record<Verdict, readonly string[]>> = {
  'accepted': [
    'Accepted in principle', 'Agreed in principle', 'Accept in principle', 'Agree in principle',
    'Supported in principle', 'Support in principle', 'Noted and agreed', 'Noted and accepted',
    'Accepted and implemented', 'Agreed and implemented', 'Accepted in full', 'Agreed in full', 'Accepted', 'Accept',
    'Agreed', 'Agree', 'Supported', 'Being pursued', 'Implemented', 'Completed', 'Complete',
  ],
  'accepted-in-part': [
    'Accepted in part', 'Accepted, in part', 'Agreed, in part', 'Agreed in part', 'Accept in part', 'Agree in part',
    'Partially accepted', 'Partially agreed', 'Partially accept', 'Partially agree', 'Partly accepted',
    'Partly agreed', 'Support in part', 'Supported in part', 'Partially supported', 'Partly supported',
    'Accepted with qualifications', 'Accepted with qualification', 'Agreed with qualifications',
    'Agreed with qualification', 'Accepted with caveats', 'Agreed with caveats', 'Accept with caveats',
    'Agree with caveats', 'Qualified acceptance', 'Qualified agreement', 'Accepted (in part)', 'Agreed (in part)',
    'Accept (in part)', 'Agree (in part)', 'Partially implemented', 'Partly implemented',
  ],
  'under-consideration': [
    'Under active consideration', 'Under consideration', 'Under examination', 'Under review', 'Kept under review',
    'Being considered', 'Considering',
  ],
  'noted': [
    'Noted', 'Acknowledged',
  ],
  'rejected': [
    'Not supported', 'Will not be taken forward', 'Not taken forward', 'Does not accept', 'Does not agree',
    'Not accepted', 'Not agreed', 'Disagreed', 'Disagree', 'Rejected', 'Reject', 'Declined', 'Decline',
  ],
};

/**
 * Decision words and what they decide, longest first: a phrase is tried before a shorter one that starts it ("Agreed"
 * before "Agree").
 */
export const VERDICTS: readonly (readonly [words: string, verdict: Verdict])[] = (Object.keys(VERDICT_WORDS) as Verdict[])
  .flatMap((verdict) => VERDICT_WORDS[verdict].map((words) => [words, verdict] as const))
  .sort((a, b) => b[0].length - a[0].length);

const BY_WORDS = new Map(VERDICTS.map(([words, verdict]) => [words.toLowerCase(), verdict]));

/** The decision words as one alternation, longest first where one starts another, each escaped as the pattern reads it. */
const WORDS = VERDICTS.map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** What decision words decide ("Accepted", "not  agreed"), or undefined when they are not in the table. */
export function verdictOf(words: string): Verdict | undefined {
  return BY_WORDS.get(words.toLowerCase().replace(/\s+/g, ' ').trim());
}

/**
 * A decision label opening a response: "Accepted.", "Not accepted", "Agree", "Partially accepted", "Under
 * consideration". Followed by punctuation (a closing bracket too: "Recommendation 2 (Not accepted)"), the end, a bold
 * marker or a table cell's edge ("| Accept | …", or a tab straight after it, as a table copied from a spreadsheet has),
 * or by words that only say when ("Not accepted at this time", "… at present", "… for now") or how far it has gone
 * ("Accepted and completed", "Agreed and in progress"), so that "Accepted practice is …" is not one.
 */
const DECISION_LABEL = new RegExp(String.raw`^[ \t]*(?:\*\*)?(${WORDS})(?:\*\*)?(?=\t|[ \t]*(?:[.:;,–—|)\]-]|\*\*|$)|[ \t]+(?:at (?:this time|present)|for now)\b|[ \t]+and[ \t]+(?:completed?|implemented|delivered|actioned|ongoing|under[ \t]?way|in[ \t]+(?:progress|hand))\b)`, 'i');

/** The first words of the decision words, and their first letters' character codes: most responses start otherwise. */
const FIRST_WORDS = new Set(VERDICTS.map(([w]) => w.split(' ')[0].toLowerCase()));
const INITIALS = new Set([...FIRST_WORDS].map((w) => w.charCodeAt(0)));

const isLower = (c: number) => c >= 97 && c <= 122;

/** True when the words from `from` can start a decision label: most responses start "We …" or "The …", and need no pattern. */
function mayStartDecision(s: string, from: number): boolean {
  let i = from;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9 || s.charCodeAt(i) === 42)) i++;
  if (!INITIALS.has(s.charCodeAt(i) | 32)) return false;
  // The first word: its letters in one case after the first ("Noted", "NOTED"), so that a word glued to the next
  // cell ends at the capital that starts it ("NotedThe").
  const same = isCapital(s.charCodeAt(i + 1)) ? isCapital : isLower;
  let j = i + 1;
  while (j < s.length && j - i < 12 && same(s.charCodeAt(j))) j++;
  return j > i && FIRST_WORDS.has(s.slice(i, j).toLowerCase());
}

/**
 * A decision glued to the cell after it in a flattened table ("NotedThe Committee's Tenth Report …"): the words as
 * written, capitalised, then a capital straight after them; or a space and a word that starts a sentence ("Noted The
 * MoD wrote …"). (Told by case, so "Accepted practice" is not one.)
 */
const GLUED_DECISION = new RegExp(String.raw`^[ \t]*(?:\*\*)?(${WORDS})(?=[A-Z]|[ \t]+(?:The|This|These|We|It|Our|An?|In|As|See)\b)`);

/** The decision label that opens `s` from `from` on, with where it starts; undefined when it opens with none. */
export function decisionAt(s: string, from: number): { text: string; start: number } | undefined {
  if (!mayStartDecision(s, from)) return undefined;
  const rest = from ? s.slice(from) : s;
  const m = DECISION_LABEL.exec(rest) ?? GLUED_DECISION.exec(rest);
  return m ? { text: m[1], start: from + m[0].indexOf(m[1]) } : undefined;
}

/** The decision label a line opens with, and where: what an edit must keep for the keystroke path. */
export function decisionSignature(s: string): string | undefined {
  const found = decisionAt(s, 0);
  // With what follows it: a stop there makes it a reply's opening (prose.ts).
  return found && `${found.start}:${found.text}:${s.slice(found.start + found.text.length, found.start + found.text.length + 4)}`;
}

/**
 * A progress table's status column after a row's citation: "… (Para 41) Under consideration". Anchored at the
 * row's last ")", which `rowStatus` finds, so that the pattern runs once per row, not at every ")".
 */
const ROW_STATUS_AT = new RegExp(String.raw`\)[ \t]*\.?[ \t]+(?:\*\*)?(${WORDS})(?:\*\*)?[ \t]*\.?[ \t]*$`, 'iy');

/** The status after a row's last ")", with where it starts, or undefined. */
export function rowStatus(line: string): { text: string; start: number } | undefined {
  const close = line.lastIndexOf(')');
  if (close < 0 || line.length - close > 40) return undefined;
  ROW_STATUS_AT.lastIndex = close;
  const m = ROW_STATUS_AT.exec(line);
  return m ? { text: m[1], start: close + m[0].indexOf(m[1], 1) } : undefined;
}

/**
 * Who answers at the head of a reply's first sentence: "The Government", "We", "The Department", "DHSC", "NHS England",
 * "The Welsh Government", "Ofsted" — a name of up to five capitalised words (NAMED_ANSWERER, which a reply after a
 * citation opens with too: REPLY_OPENS), or "we".
 */
const NAMED_ANSWERER = String.raw`(?:The\s+)?(?:[A-Z][\w&’'-]*)(?:\s+(?:of|for|and|[A-Z][\w&’'-]*)){0,4}`;
const ANSWERER = String.raw`(?:We|${NAMED_ANSWERER})`;
/**
 * The verbs of a decision: "accepts", "agrees", "does not accept", "notes", "welcomes", "will consider", "is considering",
 * "does not intend to", "has no plans to".
 */
const DECIDES = String.raw`(?:(?:fully\s+|strongly\s+|partially\s+)?(?:accepts?|agrees?|rejects?|notes?|welcomes?|supports?|acknowledges?|recognises?)|(?:do|does)\s+not\s+(?:accept|agree|support|consider|intend\s+to|plan\s+to|propose\s+to)|(?:has|have)\s+no\s+(?:plans?|intention)\s+to|(?:will|is|are)\s+(?:carefully\s+)?consider(?:ing)?|disagrees?)`;
const OPENS_WITH_DECISION = new RegExp(String.raw`^[\s*]*${ANSWERER}\s+${DECIDES}\b`);

/**
 * Who answers a committee, opening a reply: "We", "The Government", "The Scottish Government", "Welsh Ministers",
 * "The Department for Education", "The Secretary of State", "NHS England", "Ofsted", a body named by what it is
 * ("The Environment Agency"), an office's initials ("DHSC", "DfE", "MoD"). Not any capitalised words: "This will …"
 * and "The Committee will …" are not who answers.
 */
const WHO_ANSWERS = String.raw`(?:We|The\s+(?:(?:UK|Scottish|Welsh)\s+)?Government|${publicBody()}|(?:The\s+)?(?:Scottish|Welsh)\s+Ministers|Ministers|The\s+(?:Department|Ministry)(?:\s+(?:of|for)(?:\s+(?:and|[A-Z][\w&’'-]*),?){1,5})?|The\s+(?:Secretary\s+of\s+State|Minister|Agency|Executive|Regulator)|NHS\s+England|Ofsted|Ofqual|Ofgem|Ofwat|Ofcom|(?:HM\s+)?Treasury|[A-Z][a-z]?[A-Z][A-Za-z]{0,5}(?:\s+England)?)`;
/**
 * A reply's words in the answerer's own voice, with no decision word: what they will do or already do, or what they
 * do not believe ("The Scottish Government will publish …", "We do not believe a target …", "NHS England is already
 * piloting …", "The Department has already published …", "Ofcom has agreed to …"). A committee's recommendation
 * never opens so, nor its conclusion ("The Department has been too slow", "The Department is currently failing" are
 * not a reply's).
 */
const REPLY_VOICE = new RegExp(
  String.raw`^[\s*]*${WHO_ANSWERS}\s+(?:will|shall|(?:intends?|plans?|expects?)\s+to|(?:do|does)\s+not\s+(?:believe|think|consider|see|intend|plan|propose)|(?:is|are)\s+(?:(?:already|now|currently)\s+)?(?:committed\s+to|working|developing|reviewing|consulting|considering|piloting|implementing|delivering)|(?:has|have)\s+agreed\s+to|(?:has|have)\s+(?:already|now|recently)\s+(?:been\s+)?(?:published|introduced|begun|started|announced|implemented|launched|established|set|made|taken|provided|consulted|written|completed|committed|agreed|accepted|funded|appointed|commissioned))\b`,
);

/**
 * True when the words open as a reply does, its decision given or not: "The Government accepts …", "Accepted.", or the
 * answerer's own voice ("We will publish …", "The Scottish Government will …") in words that recommend nothing.
 */
export function opensInReplyVoice(s: string): boolean {
  return opensWithDecision(s) || ((REPLY_VOICE.test(s) || WE_CANNOT.test(s) || MATTER_FOR.test(s)) && !RECOMMENDS.test(s));
}

/** "This is a matter for Ofcom, which is independent …", "This is not a matter for the Department": saying whose it is. */
const MATTER_FOR = /^[\s*]*(?:This|That|It)\s+is\s+(?:(?:primarily|properly|ultimately|rightly)\s+)?(?:not\s+)?a\s+matter\s+for\s+(?:the\s+)?[A-Z]/;

/** "We are unable to publish …", "We cannot …": a refusal in the first person (said so only by the answerer "we"). */
const WE_CANNOT = /^[\s*]*We\s+(?:are\s+(?:unable|not\s+able)\s+to|cannot)\b/;

/** Who answers, then a word in lower case (its verb): "The Scottish Government has consulted …", "We have …". */
const ANSWERER_OPENS = new RegExp(String.raw`^[\s*]*${WHO_ANSWERS}\s+[a-z]`);

/**
 * True when the words open with who answers as their subject, whatever they go on to say ("The Scottish Government
 * has consulted on …"): a reply where the paragraph before opens in the Committee's voice.
 */
export const opensWithAnswerer = (s: string): boolean => ANSWERER_OPENS.test(s);

/**
 * True when who answers is the subject of words that neither recommend nor find fault: "The Government has made clear its
 * commitment to …", a reply with no heading under a recommendation's words; not "The Department has failed to …" or
 * "The Government has not yet …", the Committee's own findings.
 */
export const opensWithAnswererStating = (s: string): boolean => ANSWERER_OPENS.test(s) && !RECOMMENDS.test(s) && !FINDS_FAULT.test(s);
/** A finding about who answers: "… has failed to", "… has not yet", "… has been too slow", "… is still". */
const FINDS_FAULT = /^[\s*]*(?:\S+[ \t]+){1,6}?(?:has|have|is|are|was|were)[ \t]+(?:not|failed|been|yet|still|so[ \t]+far|too|little|no|never|only)\b/;

/** True when the words open as a reply does, whatever else they say: a decision, or the answerer's own voice. */
export const opensAsReply = (s: string): boolean => opensWithDecision(s) || REPLY_VOICE.test(s);

/** "Status:", "Decision:", "Outcome:", "Government position:" opening a line, bold or not. */
const STATUS_LABEL = /[ \t]*(?:\*\*)?(?:(?:Current[ \t]+|Response[ \t]+)?Status|Decision|Outcome|Government[ \t]+position)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*/iy;

/** Where the words after a status label opening the line start ("Status: Not accepted"); -1 when none opens it. */
export function statusLabelEnd(s: string): number {
  STATUS_LABEL.lastIndex = 0;
  return STATUS_LABEL.test(s) ? STATUS_LABEL.lastIndex : -1;
}

/**
 * True when the line is a status: one that decides ("Status: Agreed", "Decision: Accept"), or, with more lines after
 * it (`alone` false: its fields, a commentary), a status field with a short value ("Status: Work in progress"), as a
 * tracker's entry gives it under the recommendation's words. (A status alone that decides nothing, "Status: Not
 * started", is no reply.)
 */
export function opensWithStatus(line: string, alone: boolean): boolean {
  const status = statusLabelEnd(line);
  return status >= 0 && (decisionAt(line, status) !== undefined || (!alone && isFieldLine(line)));
}

/**
 * True when the line opens with a tracker's field: a date (TARGET_DATE_NAME), "Target date: Spring 2026", "Original
 * target implementation date: …", "Deadline: …", or a label of up to three words before its words, "Update: The
 * programme was reset …", "Progress to date: …" (not the Committee's own, "Recommendation: …"): standing straight
 * before a status, it opens the reply's fields as the status does.
 */
export const opensWithField = (s: string): boolean => DATE_FIELD.test(s) || FIELD_LABEL.test(s);

/** How many lines a field's words run to before the status under it, where a wrap cut them. */
const MAX_FIELD_LINES = 4;

/**
 * True when line `i` opens with a field (opensWithField) that a status follows (opensWithStatus), on the next line or
 * after the field's words a wrap carried on ("Update: The programme was reset … approved in" / "March." / "Status:
 * Implemented"): none of the lines between blank or another field's.
 */
export function fieldBeforeStatus(lines: readonly string[], i: number): boolean {
  if (!opensWithField(lines[i])) return false;
  for (let k = i + 1; k < lines.length && k <= i + MAX_FIELD_LINES; k++) {
    if (opensWithStatus(lines[k], false)) return true;
    if (lines[k].trim() === '' || opensWithField(lines[k])) return false;
  }
  return false;
}
const DATE_FIELD = new RegExp(String.raw`^[ \t]*(?:\*\*)?${TARGET_DATE_NAME}(?:\*\*)?[ \t]*:`, 'i');
const FIELD_LABEL = /^[ \t]*(?:\*\*)?(?!(?:Recommendations?|Conclusions?|Committee|Paragraph)\b)[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+\S/;

/** The decision after a status label opening the line, as the keystroke path compares it. */
export function statusSignature(s: string): string | undefined {
  const end = statusLabelEnd(s);
  const found = end < 0 ? undefined : decisionAt(s, end);
  return found && `${found.start}:${found.text}`;
}

/**
 * True when the words open as a reply does: a decision label ("Accepted.") or who answers and a decision ("The
 * Government accepts …", "We do not agree …"). A recommendation's words never open so.
 */
export function opensWithDecision(s: string): boolean {
  return decisionAt(s, 0) !== undefined || OPENS_WITH_DECISION.test(s);
}

/**
 * True when the words (of `s` from `from` on) are a decision and nothing more ("Accepted.", "Agreed in part"): a
 * summary's status, not a recommendation.
 */
export function isDecisionOnly(s: string, from = 0): boolean {
  const found = decisionAt(s, from);
  return found !== undefined && /^[\s.*:;,–—|-]*$/.test(s.slice(found.start + found.text.length));
}

/**
 * "Recommendation 1 – Accepted", "**Recommendation 2:** Not accepted", "Recommendation 3 (Accepted in part)": a number
 * and a decision and nothing more (group 2: the bracket the decision stands in).
 */
const DECIDED_LABEL = /^[ \t]*(?:\*\*)?Recommendation[ \t]+(\d{1,4})(?:\*\*)?[ \t]*(?:[:.–—-]|([([]))?(?:\*\*)?[ \t]*/i;

/** The number of a heading that gives a recommendation's decision beside it, and where the decision starts. */
export function decidedLabel(line: string): { number: number; decisionAt: number } | undefined {
  const m = DECIDED_LABEL.exec(line);
  if (!m) return undefined;
  const at = m[0].length;
  if (m[2] === undefined) return isDecisionOnly(line, at) ? { number: Number(m[1]), decisionAt: at } : undefined;
  // In brackets: the decision and its closing bracket, and nothing after it.
  const close = line.indexOf(m[2] === '(' ? ')' : ']', at);
  return close > at && /^[\s.*:]*$/.test(line.slice(close + 1)) && isDecisionOnly(line.slice(0, close), at) ? { number: Number(m[1]), decisionAt: at } : undefined;
}

/** "The Government agrees …", "The UK Government does not accept …": the Government's own decision opening the words. */
export const GOVERNMENT_DECIDES = /^[ \t*]*The[ \t]+(?:(?:UK|Scottish|Welsh)[ \t]+)?Government[ \t]+(?:(?:fully[ \t]+)?(?:accepts|agrees|welcomes|notes|rejects|disagrees)|does[ \t]+not[ \t]+(?:accept|agree))\b/;

/**
 * How a reply opens after the words' citation, besides a decision's label ("Accepted.", "Not accepted"): who answers (not
 * "we" alone, which a committee's next sentence may open with: "We welcome the new plan …") and a decision, or "we"
 * and a decision no committee's words open with ("We agree", "We accept", "We do not accept").
 */
const REPLY_OPENS = new RegExp(String.raw`^(?:\*\*)?(?:We\s+(?:(?:fully\s+)?(?:agree|accept)|do\s+not|disagree|reject)\b|(?!We\b|The\s+Committee\b)${NAMED_ANSWERER}\s+(?:(?:fully\s+)?(?:accepts|agrees|rejects|notes|welcomes|supports)|does\s+not|disagrees|(?:is|will)\s+consider)\b)`);

/** True when a reply opens at `at` of `s` (its opening may go on on the `next` line): a decision's label, or REPLY_OPENS. */
export function repliesAt(s: string, at: number, next = ''): boolean {
  return decisionAt(s, at) !== undefined || REPLY_OPENS.test(next ? `${s.slice(at)} ${next}` : s.slice(at));
}

/**
 * True when a reply follows a citation on the line: "… (Paragraph 45) The Government accepts …", "… (Para 52) Not
 * accepted." (`spans`: the line's citations, where the caller has them already.)
 */
export function citedThenReplies(s: string, spans: readonly { end: number }[] = citationSpans(s)): boolean {
  for (const c of spans) {
    const at = replyAfter(s, c.end);
    if (at >= 0 && repliesAt(s, at)) return true;
  }
  return false;
}
