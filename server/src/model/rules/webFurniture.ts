// The furniture of a web page and of a printout, on lines of its own: a page's links ("previous page contents next
// page", "Back to top", "House of Commons home page …"), its request for feedback ("Is this page useful?"), its
// copyright and date lines ("© Parliamentary copyright 2001", "Prepared 5 February 2001"), a publication's print codes,
// ISBN and the printer's lines on a command paper's last page, the header and footer a browser prints on each page
// (the page's address and "3/20", the date and time), a contents list's entries ("Recommendation 1 …. 4"), a web
// page's footnotes with their links back ("1   HC (2007-08) 123 Back"), and a printed page's footnotes that cite a
// source ("2 Written evidence from …"). Read as absent, like a PDF's running headers, so a sentence a printed page
// break cut reads on, and none of it is ever a response or a recommendation.
import { afterIndent } from '../lines';
import { isDigit } from '../patterns';
import type { BlockRule } from './types';
import { defineRule, started } from './types';

/** Words of a page's own links: a line of nothing else is navigation. */
const LINK_WORDS = new Set(
  'previous next page pages contents back to top home search index enquiries print this share menu skip main content house of commons lords parliament site map accessibility cookies help contact us'.split(' '),
);
/** A navigation line names at least one of these. */
const LINK_MARKS = /\b(?:page|top|contents|index|menu)\b/i;
/** A copyright notice names its year: "© Crown copyright 2026", "Copyright © 2024 …". */
const COPYRIGHT = /^\s*(?:©|\(c\)\s|(?:Crown|Parliamentary)\s+[Cc]opyright\b|Copyright\s+(?:©|\(c\)|\d{4}))[^.]{0,80}\b(?:19|20)\d{2}\b/;
const PREPARED = /^\s*(?:Prepared|Last updated|Page last updated|Printed)\s*:?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\.?\s*$/;
/**
 * A command paper's codes at its foot, alone on a line, one to three of them in any order: its ISBN ("ISBN
 * 978-1-5286-5000-1", "978 1 5286 5000 1") and the printer's reference ("E03350021 03/26", "CCS0325123456"), as a PDF's
 * text may give them together, "E03412345 978-1-5286-5000-1".
 */
const CODE = String.raw`(?:(?:ISBN:?\s*)?97[89](?:[-\s]?\d){10}|[A-Z]{1,3}\d{7,10}(?:\s+\d{2}\/\d{2})?)`;
const CODES = new RegExp(String.raw`^\s*${CODE}(?:\s+${CODE}){0,2}\s*$`);
/**
 * The printer's lines on a command paper's last page ("Printed on paper containing 40% recycled fibre content minimum",
 * "Printed in the UK by … on behalf of the Controller of His Majesty's Stationery Office"). (The paper's number above
 * them, "CP 1234", is the sign-off rule's: on the cover it is no furniture.)
 */
const PRINTED = /^\s*Printed\s+(?:on\s+paper\s+containing\b|in\s+(?:the\s+UK|the\s+United\s+Kingdom|Great\s+Britain)\s+by\b)/;
/** The printer's line's end, where a wrap put it on a line of its own. */
const CONTROLLER = /^\s*(?:on\s+behalf\s+of\s+the\s+)?Controller\s+of\s+(?:His|Her)\s+Majesty['’]s\s+Stationery\s+Office\b/;
/** A browser's footer: the page's address and its page count ("https://… 3/20"), or the count alone. */
const BROWSER_FOOTER = /^\s*(?:(?:https?|file):\/\/\S+\s+)?\d{1,3}\s*\/\s*\d{1,3}\s*$/;
/**
 * A parliament web page's footnote at the foot of the page, its number first and its link back to the text last: "1
 * HC (2007-08) 123 Back". Its marker in the text ("[1]") stays; the note is no response's words.
 */
const FOOTNOTE_BACK = /^\s*\[?\d{1,3}\]?\s+\S(?:.*\S)?\s+Back\s*$/;
/**
 * A report's footnote at the foot of a printed page, copied with the text and no heading over it: its number, then
 * where the words came from, in the forms a committee's report cites its sources — "1 Oral evidence taken on 3 May
 * 2024, Q45", "2 Written evidence from NHS Providers (WFP0031)", "3 Qq 12–14", "4 Ibid.", "5 HC (2019-21) 123", "6 Cm
 * 9876", "7 Letter from the Minister …", "8 https://…", "9 Transport Committee, Fourth Report of Session 2024–25, …".
 * Its marker in the text stays; the note is no response's words.
 */
const FOOTNOTE = /^\s*\[?\d{1,3}\]?\s+(?:Oral evidence(?:\s+taken|,)|Written evidence\s+(?:from|submitted|\()|Qq?\s*\d{1,4}\b|Ibid\b|HC\s+\(?\d|Cm\.?\s*\d|CP\s*\d|Ev\s*w?\d|Letter from\b|https?:\/\/|www\.|[A-Z][\w'’&-]*\s+(?:(?:[A-Z][\w'’&-]*|and|of|for|on|the|&)\s+){0,7}Committee,\s+(?:[A-Z][a-z]+\s+)?(?:Special\s+)?Report\b)/;
/**
 * A web page's request for feedback at its foot, as a gov.uk page's copy gives it: "Is this page useful?" (its answers
 * after it on the line or not), "Maybe" on a line of its own, "Yes this page is useful", "Report a problem with this
 * page", "Help us improve GOV.UK"; and the licence under it: "OGL", "All content is available under the Open Government Licence v3.0, except where
 * otherwise stated", "© Crown copyright" (with no year).
 */
const FEEDBACK = /^\s*(?:OGL|© Crown copyright|All content is available under the Open Government Licen[cs]e v?[\d.]+, except where otherwise stated|Is this page useful\??(?:\s+(?:Maybe|Yes|No)\b(?:\s+this page is (?:not )?useful)?)*|(?:Yes|No) this page is (?:not )?useful|Maybe|Report a problem with this page|Help us improve GOV\.UK|Thank you for your feedback)\s*$/i;
/** Such a line is short: a longer one is settled without the pattern. */
const FEEDBACK_LENGTH = 100;
const isFeedback = (line: string) => line.length < FEEDBACK_LENGTH && FEEDBACK.test(line);
/** A browser's header: the date and time it was printed, then the page's title ("03/12/2026, 14:05  Government response …"). */
const BROWSER_HEADER = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?(?:\s|$)/;
/**
 * Whether the line, whose last character other than a space is at `end`, is a contents list's entry: its words, a
 * leader of dots to the page's number ("Recommendation 1: Workforce planning ........ 4", ". . . . 12", "…… iii"). Its
 * words name a recommendation; the entry is none. Read back from the end, once over each character (a pattern for it
 * took a millisecond on a line of 160 dots).
 */
function isContentsEntry(line: string, end: number): boolean {
  let i = end;
  // The page's number: up to three digits, or up to six small Roman numerals.
  if (isDigit(line.charCodeAt(i))) while (i > end - 3 && isDigit(line.charCodeAt(i - 1))) i--;
  else if (ROMAN.includes(line[i])) while (i > end - 6 && ROMAN.includes(line[i - 1])) i--;
  else return false;
  // The leader before it: dots, ellipses and spaces only, three dots in a row, spaced or as an ellipsis among them.
  let from = i;
  while (from > 0 && LEADER.includes(line[from - 1])) from--;
  const leader = line.slice(from, i);
  return from > 0 && line.charCodeAt(from - 1) > 32 && (leader.includes('...') || leader.includes('…') || SPACED_DOTS.test(leader));
}
const ROMAN = 'ivxlc';
const LEADER = '. \t…';
const SPACED_DOTS = /\.[ \t]\.[ \t]\./;
/** Furniture is a line of a page, never a paragraph. */
const MAX_LENGTH = 160;

function isLinks(line: string): boolean {
  if (line.length > 120 || !LINK_MARKS.test(line)) return false;
  // A page's footer may run its links and its copyright together: "Back to top © Parliamentary copyright 2008".
  const copy = line.indexOf('©');
  const t = (copy > 0 && COPYRIGHT.test(line.slice(copy)) ? line.slice(0, copy) : line).trim();
  const words = t.toLowerCase().split(/[\s|·•>»]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => LINK_WORDS.has(w));
}

/** The furniture patterns a line can match, by its first character other than a space: each line tries one or two. */
function furnitureByFirst(line: string, at: number): boolean {
  const c = line.charCodeAt(afterIndent(line, at));
  if (c >= 48 && c <= 57) return BROWSER_FOOTER.test(line) || BROWSER_HEADER.test(line) || CODES.test(line) || FOOTNOTE_BACK.test(line) || FOOTNOTE.test(line);
  if (c === 91 /* [ */) return FOOTNOTE_BACK.test(line) || FOOTNOTE.test(line);
  if (c === 0xa9 /* © */ || c === 40 /* ( */) return COPYRIGHT.test(line) || isFeedback(line);
  if (c === 104 /* h */ || c === 102 /* f */) return BROWSER_FOOTER.test(line) || isLinks(line);
  if (c >= 65 && c <= 90) {
    if ((c === 67 /* C */ || c === 80) /* P */ && COPYRIGHT.test(line)) return true;
    if ((c === 80 /* P */ || c === 76) /* L */ && PREPARED.test(line)) return true;
    if (c === 73 /* I */ && CODES.test(line)) return true;
    if (c === 80 /* P */ && PRINTED.test(line)) return true;
    if (c === 67 /* C */ && CONTROLLER.test(line)) return true;
    if (isDigit(line.charCodeAt(line.trimEnd().length - 1)) && CODES.test(line)) return true;
    if (isFeedback(line)) return true;
  }
  return isLinks(line);
}

/**
 * True when the line's first character other than a space can start PREPARED's words: "P" or "L" (or a character
 * outside ASCII, which may be a space of another kind and is left to the pattern).
 */
function mayBeDated(line: string): boolean {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) <= 32) i++;
  const c = line.charCodeAt(i);
  return c === 80 /* P */ || c === 76 /* L */ || c >= 0xa0;
}

/** True when the line's first character other than a space is a digit or "[": a footnote's number. */
function mayBeNote(line: string, at: number): boolean {
  const c = line.charCodeAt(afterIndent(line, at));
  return isDigit(c) || c === 91;
}

const rule: BlockRule = defineRule({
  name: 'web-furniture',
  describes: 'a web page’s or printout’s links, copyright and page footers left out',
  rank: 150,
  firstChars: '©([ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 \t',
  props: { furniture: true, singleLine: true },
  start(line, at) {
    if (line.length > MAX_LENGTH) return undefined;
    // Read without cutting the line: most lines are prose, settled by their length or their last character.
    let end = line.length - 1;
    while (end >= at && line.charCodeAt(end) <= 32) end--;
    if (end < at) return undefined;
    const last = line.charCodeAt(end);
    // (Most lines end with no page number, and are settled by that; an entry has its leader of dots before one.)
    if ((isDigit(last) || ROMAN.includes(line[end])) && isContentsEntry(line, end)) return started('text', rule, 0);
    // A line that ends a sentence is prose, but for a date line ("Prepared 5 February 2001.", "Last updated …").
    // Or the question a page asks for feedback ("Is this page useful?").
    // Or a footnote ("4 Ibid., para 12.").
    if (last === 46 || last === 44 || last === 59 || last === 33 || last === 63) return (mayBeDated(line) && PREPARED.test(line)) || (last === 63 && isFeedback(line)) || (last === 46 && mayBeNote(line, at) && FOOTNOTE.test(line)) ? started('text', rule, 0) : undefined;
    return furnitureByFirst(line, at) ? started('text', rule, 0) : undefined;
  },
  read: () => ({ role: 'body' }),
  examples: [
    '1.That the MoD look at ways in which it could further enhance the information provided on its website, including facilitating contact between veterans. (Para 15) Website is being redeveloped.\n\nprevious page contents next page\n\nHouse of Commons home page Parliament home page House of Lords home page search page enquiries index\n\n© Parliamentary copyright 2001\nPrepared 5 February 2001\n',
    '1. The Department should publish the data on waiting times for assessments every quarter, as the Committee asked in its report. (Paragraph 3)\n\nWe agree with the Committee and will publish the data on waiting times every\nhttps://www.gov.uk/government/publications/response 3/20\nquarter from April, starting with the figures for the first quarter of the year.\n',
    '1. The Department should publish a workforce plan for the health service within a year.[1] (Paragraph 12)\n\nThe Government agrees and will publish the plan in the spring of next year.[2]\n\nprevious page contents next page\n\n1   HC (2007-08) 123 Back\n\n2   Cm 7345 Back\n',
    'Recommendation 1\nThe Department should publish a workforce plan by the end of the year.1 (Paragraph 20)\n\nGovernment response\nThe Department agrees and will publish the plan for the health service\n1 Oral evidence taken on 3 May 2024, Q45\nin the summer, after it has consulted the royal colleges.\n',
  ],
});
export default rule;
