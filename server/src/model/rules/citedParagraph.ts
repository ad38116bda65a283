// "The Government should publish its evaluation of the pilot. (Paragraph 41)": a recommendation written with no number
// — plain, quoted or in bold — that ends with the paragraph of the Committee's report it comes from, the reply after
// it. A paragraph of text is claimed as a whole by how it ends, and numbered by its place.
import { endOfCitedWords, labelLineEnd, opensList, recommendationMeaning, recommends, replyLabelIn } from '../recommendationBlock';
import type { LineState } from '../state';
import type { Paragraph } from '../types';
import type { BlockRule } from './types';
import { defineRule, firstOtherRecommendation } from './types';
import { BULLET } from './listItem';
import { CAPITAL_ROMAN, INQUIRY_OPENING, numeralValue, SMALL_ROMAN, UNDERTAKING, UNNUMBERED_LABEL } from '../patterns';
import { opensWithDecision } from '../verdicts';
import { endsAtItsCitation, endsWithNumberTag, holdsBracket, MIN_CITED_WORDS, numberInCitation, numberTagAt } from '../citations';

/**
 * Words that introduce the Committee's before a colon: "The Committee said: “The Department should …” (Paragraph 12)",
 * "You recommended: …", "The report concluded: …". The recommendation's words are what follows.
 */
const INTRODUCED = /^[ \t]*(?:\*\*)?(?:(?:The|Your)[ \t]+(?:Committee|report)|You)[ \t]+(?:said|stated|wrote|recommended|concluded|found)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+(?=\S)/;

/** A letter that labels the words after it, as a list's number would: "A. The Ministry should …", "**B)** …", "(C) …". */
const LETTER_LABEL = /^[ \t]*(?:\*\*)?(?:[A-Z][.)]|\([A-Z]\))(?:\*\*)?[ \t]+(?=\S)/;

/**
 * A number before the words with no stop or bracket after it, as a table's first cell or a PDF's list leaves it: "7 The
 * Department should …", "7The Department …" (glued), "R7 The Department …", "REC 7 …", "No. 7 …"; or in square
 * brackets, "[7] The Department …" (group 2). Only in a paragraph that ends with its citation, where a bare number
 * opening the words numbers the recommendation; elsewhere ("10 local authorities …") it is the sentence's.
 */
const BARE_NUMBER = /^[ \t]*(?:\*\*)?(?:(?:R(?:ec)?|REC|No)\.?[ \t]*)?(?:(\d{1,3})(?!\d)|\[(\d{1,3})\])(?:\*\*)?(?:[ \t]+(?=[\p{Lu}“"‘'(*])|(?=\p{Lu}\p{Ll}))/u;

/**
 * A number in Roman numerals before the words, as a list numbers its items: "ii. The Cabinet Manual should …", "(iv) …";
 * in capitals, "I." or two letters or more ("II. The Department …", "IV. …"; a lone "C.", "V." or "X." is more likely a
 * lettered list's).
 */
const ROMAN_LABEL = new RegExp(String.raw`^[ \t]*(?:\*\*)?\(?(${SMALL_ROMAN}|(?=[IVXLC]{2}|I[.)])${CAPITAL_ROMAN})[.)](?:\*\*)?[ \t]+(?=\S)`);

/**
 * A number alone on the first line, the words under it ("(1)" / "The Department should …"; "[1]", "1 –", "1:"),
 * or on a line of its own a blank line above them (a table's cells turned to paragraphs). ("1.", "R1" and "No. 1" alone
 * start the numbered rule's block, which reads them the same, cited or not: only a number written otherwise is read
 * here, where its words end at their citation.)
 */
const NUMBER_LINE = /^[ \t]*(?:\*\*)?\[?(?:(?:R(?:ec)?|REC|No)\.?[ \t]*)?\(?(\d{1,3})\)?\]?[ \t]*[.:–—-]?(?:\*\*)?[ \t]*$/;

/**
 * A label before the words on their line, lettered or numbered in Roman in brackets: "Recommendation (a): The Committee
 * recommends …", "Conclusion (iv) – …". Numbered by its place.
 */
const BRACKETED_LABEL = /^[ \t]*(?:\*\*)?(?:Recommendation|Conclusion)[ \t]+\((?:[a-z]|[ivxlc]{1,6})\)(?:\*\*)?[ \t]*[:.–—-](?:\*\*)?[ \t]+(?=\S)/i;
/** A number inside the quotation marks the words stand in: "“14. The Government should …” (Paragraph 52)". */
const QUOTED_NUMBER = /^[ \t]*(?:\*\*)?[“"‘'](\d{1,3})[.)][ \t]+(?=\S)/;

/**
 * A Roman numeral or a capital letter that labels the words on the paragraph's first line ("ii. The Cabinet Manual
 * should …", "B) The Department …"): where the words start, and the numeral's number and label; undefined for none.
 */
export function numeralBeforeWords(first: string): { wordsFrom: number; number?: number; label?: string } | undefined {
  const roman = ROMAN_LABEL.exec(first);
  if (roman) return { number: numeralValue(roman[1]), label: roman[1], wordsFrom: roman[0].length };
  const letter = LETTER_LABEL.exec(first);
  return letter ? { wordsFrom: letter[0].length } : undefined;
}

/** Where the words end before a number tag on the paragraph's last line, in a document that tags two or more so. */
function beforeNumberTag(state: LineState, p: Paragraph): { k: number; end: number; number: number } | undefined {
  const k = p.lines.length - 1;
  if (!endsWithNumberTag(state.lines, state.lines[p.lines[k]])) return undefined;
  const m = numberTagAt(state.lines[p.lines[k]])!;
  return { k, end: state.lines[p.lines[k]].slice(0, m.index).trimEnd().length, number: Number(m[1]) };
}

/** How many words the paragraph has up to its `last`-th line, and on that line up to `end` (all of it when unset). */
function wordsBefore(state: LineState, p: Paragraph, last: number, end?: number): number {
  let words = 0;
  for (let k = 0; k <= last; k++) words += state.lines[p.lines[k]].slice(0, k === last ? end : undefined).split(/\s+/).filter(Boolean).length;
  return words;
}

/**
 * True when the item at `index` is in a reply's list: a sentence ending with a colon introduces it, or the items no rule
 * claimed before it (looked back over MAX_ITEMS at most).
 */
function introduced(state: LineState, index: number): boolean {
  let k = index - 1;
  for (let items = 0; k >= 0 && items < MAX_ITEMS; k--) {
    const kind = state.paragraphs[k].kind;
    if (kind === 'list-item') items++;
    else if (kind !== 'annotation') break;
  }
  const before = state.paragraphs[k];
  return before !== undefined && opensList(state, before);
}
/** The most items of a list looked back over. */
const MAX_ITEMS = 50;

/** True when the paragraph before or after paragraph `index` opens as a progress table's row does ("That the …", "To …"). */
function besideUndertaking(state: LineState, index: number): boolean {
  for (const k of [index - 1, index + 1]) {
    const q = state.paragraphs[k];
    if (q !== undefined && UNDERTAKING.test(state.lines[q.lines[0]])) return true;
  }
  return false;
}

const NAME = 'cited-paragraph';
/** Where the first recommendation another layout read is. */
const firstOther = firstOtherRecommendation(NAME);

/** Whether paragraph `p` (at `index`) holds a recommendation's words that end at their citation. */
function claimsWords(state: LineState, p: Paragraph, index: number): boolean {
  // A citation, or a number's tag in its place, is in brackets: a paragraph with none is settled at once (most replies).
  if (!p.lines.some((l) => holdsBracket(state.lines[l]))) return false;
  // Its words end at their citation, on its last line or before a reply's label ("… (Paragraph 41) Response: …").
  const words = endOfCitedWords(state, p) ?? beforeNumberTag(state, p);
  if (words === undefined) return false;
  // A reply's paragraph may end by citing the report too: words that open as a reply does are no recommendation's.
  if (opensWithDecision(state.lines[p.lines[0]])) return false;
  // A bulleted or lettered one whose words recommend ("• The Government should … (Paragraph 18)", "a) …"), not an item
  // of a reply's list ("• set up a review … (paragraph 12)", any item a sentence ending with a colon introduces, and
  // the items after it).
  // (A progress table's "That the MoD …" recommends as "should" does, and so does its "To conduct …" on a row of one
  // line, where a row so opened stands beside it: a reply's sentence may open so too.)
  const first = state.lines[p.lines[0]];
  const recommending = recommends(state, p) || ((INQUIRY_OPENING.test(first) || (p.lines.length === 1 && UNDERTAKING.test(first))) && besideUndertaking(state, index));
  if (p.kind === 'list-item' && (!BULLET.test(state.lines[p.lines[0]]) || !recommending || introduced(state, index))) return false;
  // Before the first recommendation another layout read, words that do not recommend are the response's introduction
  // ("… grateful for the Committee's careful work (paragraph 3).").
  if (!recommending && index < firstOther(state)) return false;
  // After it, words that do not recommend and go on past their citation in the answerer's voice are a reply's that
  // cites the report mid-way ("The Committee found gaps in the data (paragraph 15). The Department accepts …"): a
  // recommendation so written, its reply on the citation's line, asks for something.
  if (!recommending && firstOther(state) >= 0 && !endsAtItsCitation(state, p) && !replyLabelIn(state, p)) return false;
  // (Less the citation's own two words, "(Paragraph 41)", which the words' end takes in.)
  return wordsBefore(state, p, words.k, words.end) - 2 >= MIN_CITED_WORDS;
}

const rule: BlockRule = defineRule({
  name: NAME,
  describes: 'recommendations without numbers that end with their citation (“… (Paragraph 41)”)',
  rank: 1050,
  firstChars: '',
  props: { startsRecommendation: true, readAs: 'recommendation', stableUnderKeystroke: true, claimsItems: true },
  start: () => undefined,
  claims(state, p, index) {
    // A number alone, the words a blank line sets apart under it: the two are one recommendation (`takes`).
    if (p.lines.length === 1 && NUMBER_LINE.test(state.lines[p.lines[0]])) {
      const next = state.paragraphs[index + 1];
      return next !== undefined && next.kind === 'text' && claimsWords(state, next, index + 1);
    }
    return claimsWords(state, p, index);
  },
  takes: (state, mine, next, first) => first && mine.lines.length === 1 && next.rule === NAME && NUMBER_LINE.test(state.lines[mine.lines[0]]),
  read(state, p) {
    const meaning = recommendationMeaning(state, p);
    const bullet = BULLET.exec(state.lines[p.lines[0]]);
    if (bullet && state.startAt(p.lines[0]).kind === 'list-item') return { ...meaning, wordsFrom: bullet[0].length };
    // "Committee recommendation" or "Recommendation (ii)" alone on the first line labels the words under it.
    const first = state.lines[p.lines[0]];
    const labelled = labelLineEnd(state, p);
    if (labelled !== undefined) return { ...meaning, wordsFrom: labelled };
    // A letter before the words ("A. …") labels them; the recommendation is numbered by its place.
    // Its own number, written before the words that start at `from`.
    const numbered = (number: string, from: number) => ({ ...meaning, number: Number(number), label: number, wordsFrom: from });
    const alone = p.lines.length > 1 ? NUMBER_LINE.exec(first) : null;
    if (alone) return numbered(alone[1], first.length);
    const numeral = numeralBeforeWords(first);
    if (numeral) return { ...meaning, ...numeral };
    const letter = BRACKETED_LABEL.exec(first) ?? UNNUMBERED_LABEL.exec(first) ?? INTRODUCED.exec(first);
    if (letter) return { ...meaning, wordsFrom: letter[0].length };
    const quoted = QUOTED_NUMBER.exec(first);
    if (quoted) return numbered(quoted[1], quoted[0].length);
    // A bare number before the words ("7 The Department …") is the recommendation's.
    const bare = BARE_NUMBER.exec(first);
    if (bare) return numbered(bare[1] ?? bare[2], bare[0].length);
    // As is its number in its citation: "… (Recommendation 3, paragraph 27)"; or in a tag in the citation's place.
    const cited = numberInCitation(state.lines[p.lines[p.lines.length - 1]]);
    if (cited) return { ...meaning, number: Number(cited), label: cited };
    const tag = meaning.citations.length ? undefined : beforeNumberTag(state, p);
    return tag ? { ...meaning, number: tag.number, label: String(tag.number), certain: true, wordsEnd: { line: p.lines[tag.k], character: tag.end } } : meaning;
  },
  examples: [
    'Government response\n\nThe Department should publish a workforce plan for social care. (Paragraph 45) The Government accepts this recommendation.\n\nThe Department should review the funding formula. (Paragraph 52) Not accepted. A review was completed last year.\n',
    'Government response to the Committee’s report\n\n“The Government should publish its evaluation of the pilot before it decides whether to extend the scheme to every region of England.” (Paragraph 41)\n\nThe Government agrees and will publish the evaluation in the spring, with the data on which it rests.\n\n**The Department should consult the sector on the new funding formula before it is introduced.** (Paragraph 44)\n\nWe do not accept this recommendation.\n',
    'Government response\n\n[5]\n\nThe Department should publish a workforce plan for social care within the year. (Paragraph 45)\n\nThe Government accepts this recommendation.\n\n(6)\n\nThe Department should review the funding formula for adult social care. (Paragraph 52)\n\nNot accepted. A review was completed last year.\n',
    'Government response\n\nWe recommend that the Ministry publishes its assessment of the risks to the programme. (Para 14) The Ministry has published a summary on its website.\nThe Ministry should report to the Committee on the costs of the delay. (Para 27) Not agreed. The costs are commercially sensitive.\nThe Ministry should set out its plans for the next phase. (Para 31) A plan will be published in the spring.\n',
    'Government response to the report on dentistry\n\nThe Committee recommends that NHS England publishes a plan for dental access in every region. (Recommendation 1)\n\nWe agree. NHS England will publish regional plans by December.\n\nThe Government should reform the dental contract so that practices are paid for new patients. (Recommendation 2)\n\nThe Government accepts this recommendation in principle.\n',
    'Recommendations and undertakings Government Response\nThat the MoD publish an annual report on the\nreadiness of the Reserve Forces. (Para 21) The MoD\nwill include this in its Annual Report.\nThat the MoD review the training of medical staff. (Para 34) A review was completed in 2001.\n',
    'Government response\n\nThe Department should publish a plan for rural bus services. (First Report of Session 2022–23, HC\n123, paragraph 45)\nThe Government agrees and will publish the plan in the spring.\nThe Department should review the concessionary fares scheme. (HC\n123, para 51)\nNot accepted. The scheme was reviewed in 2021.\n',
  ],
});
export default rule;
