// A heading over the recommendations that follow it: "Chapter 3: Funding and the ticket levy", "Consumer protection",
// "## Planning". It stands alone, names no decision, ends no sentence, and the next thing after it is a recommendation
// (or another such heading). It belongs to no response: what came before it is finished, so a recommendation before it
// that nothing answered stays unanswered. A short line straight after a recommendation is its reply, not a heading,
// unless it says it is one ("Chapter 5", "Part 2", "Theme 3") or reads as a title ("Consumer protection").
import { NAMED_HEADING } from '../lines';
import { isEndMatter } from '../patterns';
import { isRecommendationRow, themeOfRow } from '../tableColumns';
import { decisionAt } from '../verdicts';
import type { LineState } from '../state';
import type { Paragraph } from '../types';
import type { BlockRule, HeadingMeaning } from './types';
import { defineRule, nextIndex } from './types';

/** How long a heading can be; a longer line is prose. */
const MAX_LENGTH = 90;
const MAX_WORDS = 12;
/** How many headings may stand between a heading and the recommendation it leads to. */
const MAX_OVER = 3;
/** Words that say a line is a heading, with its number: "Chapter 3", "Part II", "Theme 2:". */
const NAMED = NAMED_HEADING;
/**
 * Straight after a recommendation, a short line is its reply unless it reads as a title: a few words, no number, and
 * none of the words a reply uses ("See our response to recommendation 4", "Agree in part").
 */
const TITLE_AFTER_ITEM_WORDS = 10;
const REPLY_WORDS = /\b(?:see|refer|reply|response|responded|answer|above|below|recommendations?|paragraphs?|agrees?|accepts?|notes?|rejects?|supports?|welcomes?|will|is|are|has|have)\b|\d/i;
/** Markdown's or bold markers around a heading's words. */
const MARKERS = /^(?:#{1,6}\s+)?(?:\*\*)?(.*?)(?:\*\*)?$/;

/** The heading's words, when paragraph `p` reads as a heading at all; undefined for prose. */
function headingWords(state: LineState, p: Paragraph): string | undefined {
  if (p.lines.length !== 1) return undefined;
  // A theme's row across a table of recommendations, "| Rural access | |", is a heading over the rows after it.
  const row = isRecommendationRow(state, p.lines[0]) ? themeOfRow(state.lines[p.lines[0]]) : undefined;
  const line = row ?? state.lines[p.lines[0]].trim();
  if (line.length < 3 || line.length > MAX_LENGTH) return undefined;
  const t = MARKERS.exec(line)![1].trim();
  if (!/^[\p{Lu}\d]/u.test(t) || /[.;,!?]$/.test(t) || t.split(/\s+/).length > MAX_WORDS) return undefined;
  // "Agreed", "Not accepted": a decision is a reply, however short. "Formal minutes", "Footnotes": end matter.
  if (decisionAt(t, 0) || isEndMatter(line)) return undefined;
  // "Target implementation date: March 2026", "Progress: complete": a field and its value, unless a named heading's.
  if (t.includes(':') && !NAMED.test(t)) return undefined;
  return t;
}

function previousOf(paragraphs: readonly Paragraph[], index: number): Paragraph | undefined {
  let k = index - 1;
  while (k >= 0 && paragraphs[k].kind === 'annotation') k--;
  return paragraphs[k];
}

const opensItem = (p: Paragraph | undefined) => p !== undefined && (p.kind === 'recommendation' || p.kind === 'conclusion' || p.kind === 'report-part');

const rule: BlockRule = defineRule({
  name: 'section-heading',
  describes: 'headings between the recommendations (“Chapter 3: Funding”, “Consumer protection”)',
  rank: 1300,
  firstChars: '',
  props: { readAs: 'section-heading', heading: true },
  start: () => undefined,
  claims(state, p, index) {
    // Most paragraphs are prose, or stand before no recommendation: settled by their length and what follows them.
    if (p.lines.length !== 1 || state.lines[p.lines[0]].length > MAX_LENGTH + 10) return false;
    const ps = state.paragraphs;
    const k = nextIndex(ps, index);
    const next = ps[k];
    if (next === undefined) return false;
    // Over the replies, each heading naming what it answers ("The Government's responses" / "Response to
    // recommendation 1"), as where the recommendations are listed first and answered after: no reply of its own.
    if (next.kind === 'response-heading' && state.startAt(next.lines[0]).numbers !== undefined) {
      const title = headingWords(state, p);
      return title !== undefined && !REPLY_WORDS.test(title);
    }
    if (!opensItem(next) && next.kind !== 'text') return false;
    // A heading may stand over others ("Chapter 3" and then "Funding"; "Thirty-second report", "HM Revenue & Customs",
    // "Closing the tax gap"): up to MAX_OVER of them between it and the item it leads to.
    let item = k;
    for (let over = 0; !opensItem(ps[item]); over++) {
      if (over === MAX_OVER || ps[item]?.kind !== 'text' || ps[item].lines.length !== 1) return false;
      item = nextIndex(ps, item);
    }
    const words = headingWords(state, p);
    if (words === undefined) return false;
    for (let j = k; j !== item; j = nextIndex(ps, j)) if (headingWords(state, ps[j]) === undefined) return false;
    const previous = previousOf(ps, index);
    // The lines after a report part's heading are its title ("Department for Education"), not a heading of their own.
    if (previous?.kind === 'report-part') return false;
    if (NAMED.test(words) || !opensItem(previous)) return true;
    return words.split(/\s+/).length <= TITLE_AFTER_ITEM_WORDS && !REPLY_WORDS.test(words);
  },
  read(state, p): HeadingMeaning {
    return { role: 'heading', title: headingWords(state, p) ?? state.lines[p.lines[0]].trim() };
  },
  examples: [
    'Chapter 2: The state of the sector\n\n1. The Government should commission an annual survey of the number, capacity and finances of grassroots music venues. (Paragraph 15)\n\nGovernment response\n\nThe Government accepts this recommendation and will fund an annual census of venues from next year.\n\nChapter 3: Funding and the ticket levy\n\n1. The Government should legislate for a statutory levy on arena and stadium tickets if a voluntary levy is not in place. (Paragraph 34)\n',
  ],
});
export default rule;
