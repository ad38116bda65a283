// The end of a letter or a response: a sign-off ("Yours sincerely"), the signature under it (a name and a title:
// "Gwenllian Rhys MS" / "Cabinet Secretary for Education"), or an address ("100 Parliament Street" / "London SW1A
// 2BQ"), or a command paper's imprint after the last answer ("CP 1234" over its ISBN). Nothing there answers a
// recommendation, and the text after it answers none until the next recommendation.
import { POSTCODE } from '../lines';
import type { LineState } from '../state';
import type { Paragraph } from '../types';
import type { BlockRule, BodyMeaning } from './types';
import { defineRule, oncePerVersion, started } from './types';

const SIGN_OFF = /^(?:\*\*|\*|_)?(?:Yours\s+(?:sincerely|faithfully|truly|ever)|(?:With\s+)?(?:kind|best|warm)\s+(?:regards|wishes))\b[,.]?(?:\*\*|\*|_)?$/i;
/** Who signs: a member's letters or an office ("MP", "MS", "Minister for …", "Cabinet Secretary for …", "Chief Executive"). */
const TITLE = /\b(?:MP|MS|MSP|MLA|AM|Rt\.? Hon\.?|Baroness|Lord|Dame|Sir|Minister|Secretary(?: of State)?|Cabinet Secretary|Under-Secretary|Permanent Secretary|Chief Executive|Director(?: General)?|Chair(?:man|woman)?|Commissioner|Chief Inspector)\b/;
/**
 * A letter's courtesy at its end, which answers nothing: "I am copying this letter to …", "I hope this response is
 * helpful", "I look forward to the Committee's …", "Thank you again for …".
 */
const COURTESY = /^[ \t]*(?:I am (?:copying|sending a copy of) this (?:letter|response|reply)|I (?:hope|trust) (?:that )?(?:this|the above|my) (?:letter |response |reply |information )?(?:is|will be|has been|proves?) (?:helpful|useful)|I look forward to (?:the Committee|continuing|working|further)|Thank you (?:again|once again) for)\b/i;

/** A paper's number alone on its line: "CP 1234", "Cm 9876", "HC 123", "HL Paper 45", "SG/2024/123". */
const PAPER_NUMBER = /^\s*(?:(?:CP|Cm|Cmd|HC|HL(?:\s+Paper)?)\.?\s?\d{1,5}(?:-[IVX]{1,4})?|SG\/\d{4}\/\d{1,4})\s*$/;

/** The lines of a signature or an address are short and end no sentence. */
const MAX_LINE = 70;
const MAX_LINES = 6;

function shortLines(state: LineState, p: Paragraph): string[] | undefined {
  if (p.lines.length > MAX_LINES) return undefined;
  // Most paragraphs have a long line, or a line that ends a sentence: settled by lengths and last characters alone,
  // before anything is cut or matched.
  for (const l of p.lines) if (state.lines[l].length > MAX_LINE + 10 || surelyEndsSentence(state.lines[l])) return undefined;
  const texts = p.lines.map((l) => state.lines[l].trim().replace(/^[*_]+|[*_]+$/g, '').trim());
  // Nor does the last end with a comma: a sentence goes on after it ("As outlined by the Secretary of State,").
  if (texts[texts.length - 1].endsWith(',')) return undefined;
  return texts.every((t) => t.length > 0 && t.length <= MAX_LINE && !/[.;:!?]$/.test(t.replace(/\b(?:Rt|Hon|St)\.$/, ''))) ? texts : undefined;
}

/**
 * True when the line, its spaces and its bold or italic markers left off, ends with ".", ";", ":", "!" or "?", not
 * after "Rt", "Hon" or "St": as `shortLines` would find, without cutting the line (a line it cannot settle so, as one
 * ending with another kind of space, is left to `shortLines`).
 */
function surelyEndsSentence(s: string): boolean {
  let end = s.length - 1;
  while (end >= 0 && (s.charCodeAt(end) === 32 || s.charCodeAt(end) === 9)) end--;
  while (end >= 0 && (s.charCodeAt(end) === 42 /* * */ || s.charCodeAt(end) === 95) /* _ */) end--;
  while (end >= 0 && (s.charCodeAt(end) === 32 || s.charCodeAt(end) === 9)) end--;
  const c = s.charCodeAt(end);
  if (c !== 46 /* . */ && c !== 59 /* ; */ && c !== 58 /* : */ && c !== 33 /* ! */ && c !== 63 /* ? */) return false;
  return c !== 46 || !/\b(?:Rt|Hon|St)$/.test(s.slice(Math.max(0, end - 4), end));
}

/** The index of the last recommendation or response heading of the version's paragraphs. */
const lastAnswered = oncePerVersion((state) => {
  for (let k = state.paragraphs.length - 1; k >= 0; k--) {
    const kind = state.paragraphs[k].kind;
    if (kind !== 'text' && kind !== 'annotation' && kind !== 'list-item' && kind !== 'end-matter' && kind !== 'section-heading') return k;
  }
  return -1;
});

/** True when no recommendation or response heading comes after paragraph `index`: the end of the document's answers. */
function nothingAnsweredAfter(state: LineState, index: number): boolean {
  return index > lastAnswered(state);
}

/** How many lines of an address may stand in paragraphs of their own before its postcode, as text with a blank line after every line gives them. */
const ADDRESS_LINES = 3;

/**
 * True when the paragraph is one line of an address whose postcode follows in the next paragraphs of one short line
 * each ("Department for Culture, Media and Sport" / "100 Parliament Street" / "London SW1A 2BQ", blank lines between).
 */
function addressGoesOn(state: LineState, p: Paragraph, index: number): boolean {
  if (p.lines.length !== 1) return false;
  for (let k = index + 1; k <= index + ADDRESS_LINES && k < state.paragraphs.length; k++) {
    const next = state.paragraphs[k];
    // (Still text as the rule claims them in order; end matter already when a keystroke asks again.)
    if (next.lines.length !== 1 || (next.kind !== 'text' && next.kind !== 'end-matter') || !shortLines(state, next)) return false;
    if (POSTCODE.test(state.lines[next.lines[0]])) return true;
  }
  return false;
}

const END: BodyMeaning = Object.freeze({ role: 'body', endMatter: true });

const rule: BlockRule = defineRule({
  name: 'sign-off',
  describes: 'sign-offs, signatures and addresses left out of responses',
  rank: 1250,
  props: { readAs: 'end-matter' },
  // "Yours sincerely," on a line of its own starts the end matter even with no blank line before it (a PDF's text):
  // the signature and address lines under it go with it.
  firstChars: 'YWKBwkb*_',
  start(line, at) {
    return line.length - at < 40 && SIGN_OFF.test(line.trim()) ? started('end-matter', rule, 0) : undefined;
  },
  goesOn: (state, block, next) => block.lines.length < MAX_LINES + 2 && state.lines[next].length <= MAX_LINE + 10 && !surelyEndsSentence(state.lines[next]),
  claims(state, p, index) {
    if (p.lines.length === 1 && state.lines[p.lines[0]].length < 40 && SIGN_OFF.test(state.lines[p.lines[0]].trim())) return true;
    // A letter's courtesy before its sign-off, after the last answer ("I am copying this letter to …").
    if (p.lines.length <= 3 && COURTESY.test(state.lines[p.lines[0]]) && nothingAnsweredAfter(state, index)) return true;
    if (p.lines.length > MAX_LINES) return false;
    // A command paper's number on its last page, over its ISBN and printer's lines, after the last answer ("CP 1234").
    if (PAPER_NUMBER.test(state.lines[p.lines[0]]) && nothingAnsweredAfter(state, index)) return true;
    for (const l of p.lines) if (state.lines[l].length > MAX_LINE + 10 || surelyEndsSentence(state.lines[l])) return false;
    // An address has a postcode; a signature, who signs: looked for in the lines as they are, before they are cut.
    const postcode = p.lines.some((l) => POSTCODE.test(state.lines[l])) || addressGoesOn(state, p, index);
    if (!postcode && !(nothingAnsweredAfter(state, index) && p.lines.some((l) => TITLE.test(state.lines[l])))) return false;
    return shortLines(state, p) !== undefined;
  },
  read: () => END,
  examples: [
    '1. The Department should report to the Committee on its progress within twelve months of this response. (Paragraph 70)\n\nThe Government accepts this recommendation and will provide an update to the Committee in early 2027.\n\nYours sincerely,\n\nJane Smith MP\nMinister for Culture\n\nDepartment for Culture, Media and Sport\n100 Parliament Street\nLondon SW1A 2BQ\n',
    // A PDF's text: no blank lines, and no sign-off before the address.
    '1. The Department should report to the Committee within twelve months. (Paragraph 70)\nThe Government accepts this recommendation and will provide an update to the\nCommittee in early 2027.\nDepartment for Culture, Media and Sport\n100 Parliament Street\nLondon SW1A 2BQ\n',
  ],
});
export default rule;
