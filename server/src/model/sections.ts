// Finds the sections before the recommendations (title block, headed parts) and the recommendations part itself.
import { paragraphText } from './paragraphs';
import { cutAtWord } from './cut';
import { SALUTATION } from './lines';
import type { Paragraph, Range, Section } from './types';

const MAX_HEADING_LENGTH = 80;
const MIN_PROSE_LENGTH = 80;
export const RECOMMENDATIONS_TITLE = 'Recommendations and responses';

type Lines = readonly string[];

/** A heading line's words, without Markdown's "## " or bold markers around them. */
function headingText(line: string): string {
  const t = line.trim();
  if (t.charCodeAt(0) !== 35 && t.charCodeAt(0) !== 42) return t;
  return t.replace(/^#{1,6}\s+/, '').replace(/^\*\*(.*)\*\*$/, '$1').trim();
}

/** A short single line starting with a capital and not ending like a sentence: "Powers", "Appendix: Government Response". */
function isHeadingLike(lines: Lines, p: Paragraph | undefined): boolean {
  if (!p || p.kind !== 'text' || p.lines.length !== 1) return false;
  const t = headingText(lines[p.lines[0]]);
  // (A tab between its words: a table's header row, "No.<tab>Recommendation<tab>Response".)
  // (Nor a title page's imprint or date: "CP 1123", "Presented to Parliament …", "June 2024".)
  return t.length <= MAX_HEADING_LENGTH && /^\p{Lu}/u.test(t) && !/[.,;]$/.test(t) && !t.includes('\t') && !IMPRINT.test(t) && !MONTH_ALONE.test(t);
}

/** A date of a title page, a month and a year or a day too: "June 2024", "12 March 2025". */
const MONTH_ALONE = /^(?:\d{1,2}(?:st|nd|rd|th)? )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;

function isProse(lines: Lines, p: Paragraph | undefined): boolean {
  if (!p) return false;
  if (p.kind === 'list-item') return true;
  if (p.kind !== 'text') return false;
  // The joined text's length, without joining it.
  let length = p.lines.length - 1;
  for (const l of p.lines) length += lines[l].trim().length;
  // Or a shorter sentence or two: "The Government welcomes the Committee's report." under "Introduction".
  return length >= MIN_PROSE_LENGTH || (length >= MIN_SENTENCE_LENGTH && /[.!?]["”’)]*$/.test(lines[p.lines[p.lines.length - 1]].trimEnd()) && /\s\S+\s\S+\s\S+\s/.test(lines[p.lines[0]]));
}
/** The shortest sentence that is prose under a heading: five words or so. */
const MIN_SENTENCE_LENGTH = 30;

/**
 * Indexes of headings that open a section: a heading-like line followed by prose,
 * or by another such heading (then it is a parent part, like "Appendix: Government Response").
 */
function sectionHeads(lines: Lines, prelude: readonly Paragraph[]): boolean[] {
  const heads = new Array<boolean>(prelude.length).fill(false);
  for (let i = prelude.length - 2; i >= 0; i--) {
    heads[i] = isHeadingLike(lines, prelude[i]) && (isProse(lines, prelude[i + 1]) || heads[i + 1]);
  }
  return heads;
}

function span(start: Range, end: Range): Range {
  return { start: start.start, end: end.end };
}

/** How many paragraphs may stand before a page's top heading for it to be the page's title. */
const TOP_HEADING_WITHIN = 3;

/** The index of the first paragraph that opens with a Markdown top heading ("# …", one mark), among the first few; -1 when none. */
function topHeadingNearStart(lines: Lines, paragraphs: readonly Paragraph[]): number {
  for (let i = 0; i < paragraphs.length && i < TOP_HEADING_WITHIN; i++) {
    const t = lines[paragraphs[i].lines[0]];
    if (t.charCodeAt(0) === 35 /* # */ && (t.charCodeAt(1) === 32 || t.charCodeAt(1) === 9)) return i;
  }
  return -1;
}

/** Words that name a response or a report, as a title's do. */
const NAMES_REPORT = /\b(?:response|report)\b/i;

/** The printer's and publisher's lines of a title page: never its title. */
const IMPRINT = /^(?:Presented to Parliament|Laid before|Ordered by the House|©|Crown copyright|This publication|ISBN|Printed|Published|HC \d|CP \d|Cm\.? \d|SG\/|WG\d)/i;

/** A paragraph that ends as prose or a letter's greeting does ("Dear Chair,"): a title ends with none of these. */
const ENDS_AS_PROSE = /[.,;!?]["”’)]*$/;

/**
 * The title of a title block: the first paragraph that names a response or a report ("Government Response to the
 * … Committee Report: …"), else the longest; never the printer's lines ("Presented to Parliament by …"). Paragraphs
 * that read as a heading (ending no sentence) are chosen before prose: a letter's "Thank you for your report." is not
 * its title.
 */
function titleOfBlock(lines: Lines, paragraphs: readonly Paragraph[]): string {
  // A Markdown heading's marks are not part of its title ("# Government response to …").
  // (Nor a table's header row, "| No. | Recommendation | Response |", over a document that opens with its table.)
  const texts = paragraphs.flatMap((p) => linesOfPage(lines, p) ?? [paragraphText(lines, p)]).map(headingText).filter((text) => !IMPRINT.test(text.trim()) && !text.trimStart().startsWith('|'));
  const choose = (candidates: string[]) => {
    let best = '';
    let named = '';
    for (const text of candidates) {
      if (!named && NAMES_REPORT.test(text)) named = text;
      if (text.length > best.length) best = text;
    }
    return named || best;
  };
  // A letter that has nothing above its greeting but addresses and a date: the first sentence under the greeting, where
  // it names the report ("Thank you for the Committee's report on …"), is its title, not the recipient's address.
  const greeting = paragraphs.findIndex((p) => SALUTATION.test(paragraphText(lines, p)));
  if (greeting >= 0 && greeting + 1 < paragraphs.length && paragraphs.slice(0, greeting).every((p) => isAddressOrDate(lines, p))) {
    const opening = headingText(firstSentence(paragraphText(lines, paragraphs[greeting + 1])));
    if (NAMES_REPORT.test(opening)) return cutAtWord(opening, 120);
  }
  const first = paragraphs.length ? headingText(paragraphText(lines, paragraphs[0])) : '';
  const title = choose(texts.filter((text) => !ENDS_AS_PROSE.test(text.trim()))) || choose(texts) || (first.trimStart().startsWith('|') ? '' : first);
  return cutAtWord(title, 120);
}

/**
 * True when a paragraph is an address (two lines or more, each short, none ending a sentence: "Clare Haughey MSP" /
 * "Convener, Health, Social Care and Sport Committee"), a date alone ("12 February 2025"), a line of contact details
 * ("T: 0300 244 4000") or how it was sent ("By email"): what stands above a letter's greeting besides its title.
 */
function isAddressOrDate(lines: Lines, p: Paragraph): boolean {
  if (p.lines.length >= 2) return p.lines.every((l) => lines[l].trim().length <= ADDRESS_LINE && !/[.!?]$/.test(lines[l].trim()));
  const line = lines[p.lines[0]].trim();
  return DATE_ALONE.test(line) || CONTACT.test(line) || LETTER_MARK.test(line);
}
const ADDRESS_LINE = 60;
const DATE_ALONE = /^\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8} \d{4}$/;
const CONTACT = /^(?:T|E|F|W|Tel|Telephone|Email|E-mail|Web|Fax)\.?:[ \t]/i;
/** How a letter was sent, its marking or its reference: "By email", "OFFICIAL", "Our ref: MC2025/1234". */
const LETTER_MARK = /^(?:By (?:e-?mail|post|hand)|OFFICIAL(?:[- ]SENSITIVE)?|(?:Our|Your) ref(?:erence)?\b.*)$/i;

/** The text up to the end of its first sentence (a full stop, "!" or "?" before a space or the end): all of it when it has none. */
function firstSentence(text: string): string {
  const end = /[.!?](?=\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/** A title block's paragraph of this many lines or more may be a page's top copied with no blank lines. */
const PAGE_TOP_LINES = 6;
/** A web page's own lines at its top: its links past the page's furniture, its cookie notice, its menu. */
const PAGE_CHROME = /^(?:Skip to (?:main )?content|Cookies on\b.{1,40}|(?:Accept|Reject) (?:additional|analytics|all|optional) cookies|View cookies|Hide (?:this )?message|Menu|Home|Search)$/i;
/** How much of a line's end is enough to see the word it stops on. */
const WORD_AT_END = 8;
/** A line a wrap cut: it stops on a word a title does not end with, or on a comma, colon or dash. */
const CUT_SHORT = /(?:\b(?:and|or|of|the|to|for|on|in|a|an|by|with|from|at|into)|[,:–—-])$/i;

/**
 * A web page's top copied with no blank lines — its links, its cookie notice, its breadcrumbs, its title, "Published
 * 12 March 2025", its contents — joins into one paragraph of many short lines: each line is a candidate of its own,
 * but for those a wrap cut (a line that stops on "… to the" or a comma, or a line after it that opens in small
 * letters, goes on with the one before). Only a paragraph with a page's own lines in it (PAGE_CHROME: "Skip to main
 * content", "Menu"): a printed title page's lines are its title wrapped ("Government Response to the House" / "of
 * Lords Built Environment" / "Committee Report: …"), read whole. Undefined for any other.
 */
function linesOfPage(lines: Lines, p: Paragraph): string[] | undefined {
  if (p.lines.length < PAGE_TOP_LINES || !p.lines.some((l) => PAGE_CHROME.test(lines[l].trim()))) return undefined;
  const out: string[] = [];
  // (The line before is asked whether a wrap cut it, not all that is joined so far: a block of many lines in small
  // letters is read once.)
  let before = '';
  for (const l of p.lines) {
    const t = lines[l].trim();
    if (!t) continue;
    if (out.length && (CUT_SHORT.test(before.slice(-WORD_AT_END)) || /^\p{Ll}/u.test(t))) out[out.length - 1] += ` ${t}`;
    else out.push(t);
    before = t;
  }
  return out;
}

/** Widens each parent to cover its children. */
function coverChildren(sections: Section[]): void {
  for (const s of sections) {
    if (!s.children.length) continue;
    coverChildren(s.children);
    s.range = span(s.range, s.children[s.children.length - 1].range);
  }
}

export function readSections(lines: Lines, paragraphs: readonly Paragraph[], first: number): Section[] {
  if (!paragraphs.length) return [];
  let preludeEnd = Math.min(first, paragraphs.length);
  // A heading right before the first recommendation ("Recommendations") names the recommendations part.
  let recsTitle = RECOMMENDATIONS_TITLE;
  let recsStart = paragraphs[first]?.range;
  if (first < paragraphs.length && first > 0 && isHeadingLike(lines, paragraphs[first - 1])) {
    recsTitle = headingText(paragraphText(lines, paragraphs[first - 1]));
    recsStart = paragraphs[first - 1].range;
    preludeEnd = first - 1;
  }
  const prelude = paragraphs.slice(0, preludeEnd);
  const heads = sectionHeads(lines, prelude);
  // A page's top heading ("# Government response to …") a line or two from its start heads the page, the sections
  // after it within it, as at its very start: what stands above it (a web page's "Policy paper") is not the title.
  const top1 = topHeadingNearStart(lines, prelude);
  if (top1 > 0) {
    for (let i = 0; i < top1; i++) heads[i] = false;
    heads[top1] = true;
  }
  const top: Section[] = [];
  let container = top;
  const firstHead = heads.indexOf(true);
  let titleEnd = firstHead < 0 ? prelude.length : firstHead;
  // A letter's subject line straight under its greeting ("Dear Chair," / "GOVERNMENT RESPONSE TO THE COMMITTEE'S
  // REPORT ON …") is its title, not a part of it: the address above is not.
  // Its range goes on over the paragraphs under it, to the next heading, as a heading's would.
  let titleLast = titleEnd - 1;
  if (firstHead > 0 && SALUTATION.test(paragraphText(lines, prelude[firstHead - 1])) && NAMES_REPORT.test(paragraphText(lines, prelude[firstHead]))) {
    titleEnd = firstHead + 1;
    titleLast = firstHead;
    while (titleLast + 1 < prelude.length && !heads[titleLast + 1]) titleLast++;
  }
  if (titleEnd > 0 && top1 <= 0) {
    const titleParas = prelude.slice(0, titleEnd);
    top.push({
      kind: 'title',
      title: titleOfBlock(lines, titleParas),
      range: span(titleParas[0].range, prelude[titleLast].range),
      selectionRange: titleParas[0].range,
      children: [],
    });
  }
  for (let i = titleEnd; i < prelude.length; i++) {
    if (!heads[i]) continue;
    let last = i;
    while (last + 1 < prelude.length && !heads[last + 1]) last++;
    const section: Section = {
      kind: 'heading',
      // (A Markdown heading's own line: what a joining took in after it is not its title.)
      title: headingText(lines[prelude[i].lines[0]].charCodeAt(0) === 35 /* # */ ? lines[prelude[i].lines[0]] : paragraphText(lines, prelude[i])),
      range: span(prelude[i].range, prelude[last].range),
      selectionRange: prelude[i].range,
      children: [],
    };
    container.push(section);
    if (last === i) container = section.children;
  }
  if (recsStart && first < paragraphs.length) {
    const lastPara = paragraphs[paragraphs.length - 1];
    container.push({
      kind: 'recommendations',
      title: recsTitle,
      range: span(recsStart, lastPara.range),
      selectionRange: recsStart,
      children: [],
    });
  }
  coverChildren(top);
  return top;
}
