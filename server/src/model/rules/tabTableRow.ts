// "1<tab>The Department should publish a plan.<tab>Accepted. The plan …": a table's row whose cells tabs part, as a
// table copied out of a web page or a Word file saved as text gives it. The first cell holds the number (or, in a
// table with no numbers, the words, when they recommend or cite: numbered by place; or the words opened by the number,
// "1. HMRC should …"); the next the recommendation's words (after a cell holding the cited paragraph alone, under a
// "Para" column); the cells after them are the Government's reply, its decision first (a tracker's target date before
// it is not). Under a header row whose first column is the paragraph
// ("Paragraph<tab>Recommendation<tab>Response"), the first cell is the paragraph cited and the rows are numbered by
// place. An empty reply cell leaves the recommendation unanswered. Under a header that names the recommendations'
// column, every row whose first cell holds a sentence or has a reply beside it is one, whatever its words say.
import { endsSentence } from '../lines';
import { isDigit } from '../patterns';
import { recommendationMeaning, replyFrom, withStatusCell } from '../recommendationBlock';
import { cellsOf, edgeOf, holdsWords, isRecommendationRow, paragraphColumnsOfTabs, recommendationCell, rowHoldsRecommendation, type Cell } from '../tableColumns';
import type { Citation } from '../types';
import type { BlockRule, RecommendationMeaning, Start } from './types';
import { defineRule, DIGITS, execAt, started } from './types';

/** The number's cell: "1", "1.", "12a", "3)", then the tab that ends it. */
const NUMBER_CELL = /(\d{1,4})([a-z]?)[.)]?[ ]*\t[ \t]*/y;
/** A cell holding the cited paragraph alone ("12", "Para 12", "15–17"), then its tab: the words are in the next cell. */
const PARAGRAPH_CELL = /[ ]*(?:Para(?:graph)?s?\.?[ ]*)?(\d{1,3})(?:[ ]*[-–][ ]*\d{1,3})?[ ]*(?:\t[ \t]*|$)/iy;

/** The citation a paragraph's cell at `cell` makes, if it holds one. */
function cellCitation(s: string, line: number, cell: Cell | undefined): Citation[] {
  const m = cell && execAt(PARAGRAPH_CELL, s.slice(0, cell.end), cell.start);
  if (!m) return [];
  const at = s.indexOf(m[1], m.index);
  return [{ paragraph: Number(m[1]), range: { start: { line, character: at }, end: { line, character: at + m[1].length } } }];
}

/**
 * A row with no number: its first cell the recommendation's words, which recommend or cite ("The Scottish Government
 * should publish …⇥The Scottish Government accepts …"), numbered by its place; a header's or a reply's cell is not.
 */
function unnumbered(line: string, at: number, tab: number): Start | undefined {
  const cell = line.slice(at, tab);
  if (!holdsWords(cell) || !recommendationCell(cell)) return undefined;
  return started('recommendation', rule, at, { strong: true });
}

/** A cell holding a date and nothing more, or none to give: "June 2026", "Spring 2027", "31 March 2026", "N/A", "TBC". */
const DATE_CELL = /^(?:(?:(?:\d{1,2}(?:st|nd|rd|th)?[ ]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Winter|End|Early|Mid|Late)[a-z]*\.?(?:[ ]+of)?[ ]+)?(?:19|20)\d{2}|N\/?A|TBC|TBA)$/i;

/** A number and its stop opening the words' cell: "1. HMRC should …", "2) The Department …". */
const NUMBER_IN_CELL = /(\d{1,4})([a-z]?)[.):](?:[ ]+|(?=\p{Lu}))/uy;

/** A row whose words' cell opens with its number ("1. HMRC should publish …⇥…"), the cells after it the reply's. */
function numberedWords(line: string, at: number, tab: number): Start | undefined {
  const m = execAt(NUMBER_IN_CELL, line, at);
  if (!m || NUMBER_IN_CELL.lastIndex >= tab) return undefined;
  return numberedRow(line, m, NUMBER_IN_CELL.lastIndex, tab);
}

/** The start record of a row numbered `m[1]` (its part `m[2]`) whose words' cell runs from `words` to `end`, when it holds words. */
function numberedRow(line: string, m: RegExpExecArray, words: number, end: number): Start | undefined {
  return end > 0 && holdsWords(line.slice(words, end)) ? started('recommendation', rule, words, { number: Number(m[1]), label: m[1] + m[2], strong: true }) : undefined;
}

const rule: BlockRule = defineRule({
  name: 'tab-table-row',
  describes: 'tab-separated tables, a recommendation a row',
  rank: 640,
  firstChars: DIGITS + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  // A row is one line, its reply placed on it: an edit there reads the document afresh (not stable under a keystroke).
  props: { startsRecommendation: true, labelled: true, singleLine: true, readAs: 'recommendation' },
  start(line, at) {
    // Most lines have no tab at all.
    const tab = line.indexOf('\t', at);
    if (tab < 0) return undefined;
    if (!isDigit(line.charCodeAt(at))) return unnumbered(line, at, tab);
    // A numbered row has two tabs at least (the number's cell, the words', the reply's); or its number opens the words'
    // cell ("1. HMRC should …⇥June 2026⇥Implemented").
    const m = line.indexOf('\t', tab + 1) < 0 ? null : execAt(NUMBER_CELL, line, at);
    if (!m) return numberedWords(line, at, tab);
    // Past a cell holding the paragraph alone, the words' cell: words enough, and no decision alone (a status row).
    const words = execAt(PARAGRAPH_CELL, line, NUMBER_CELL.lastIndex) ? PARAGRAPH_CELL.lastIndex : NUMBER_CELL.lastIndex;
    return numberedRow(line, m, words, line.indexOf('\t', words));
  },
  // A row with no number starts one only after a line that ends whole — a row of the table (its tabs), a sentence —
  // not inside words a wrap cut ("… a workforce plan for the" / "NHS by the end of 2024. (Paragraph 30)⇥Accepted …").
  interrupts: (state, current, start) => {
    if (start.number !== undefined) return true;
    const last = state.lines[current.lines[current.lines.length - 1]];
    return last.includes('\t') || endsSentence(last);
  },
  // Under a header that names the recommendations' column, a row is a recommendation whatever its words say: a
  // conclusion ("The Committee is concerned that …⇥We share …") too.
  claims(state, p) {
    const line = p.lines[0];
    if (p.lines.length !== 1 || !isRecommendationRow(state, line)) return false;
    const s = state.lines[line];
    const tab = s.indexOf('\t');
    return tab > 0 && edgeOf(s) === '\t' && rowHoldsRecommendation(s.slice(0, tab), s.slice(tab));
  },
  claimsHere: (state) => state.tableRows.size > 0,
  read(state, p): RecommendationMeaning {
    const line = p.lines[0];
    const s = state.lines[line];
    const start = state.startAt(line);
    const cells = cellsOf(s, '\t');
    const words = cells.findIndex((c) => start.prefix <= c.end);
    const end = cells[words].end;
    // The paragraph's column, as the header names it: the number's (the rows numbered by their place), or one of its own.
    const column = paragraphColumnsOfTabs(state).get(line) ?? -1;
    const byPlace = column === 0;
    // The reply: the cells after the words', but the paragraph's, from the first that holds more than a date (a
    // tracker's target date, "June 2026", "N/A", before its status and update).
    const reply = cells.filter((c, k) => k > words && k !== column && c.end > c.start);
    while (reply.length > 1 && DATE_CELL.test(s.slice(reply[0].start, reply[0].end).trim())) reply.shift();
    const meaning = recommendationMeaning(state, p);
    return {
      ...meaning,
      ...(byPlace ? { byPlace } : {}),
      // A paragraph's cell between the number's and the words' (read with no header too), or where the header says.
      citations: [...cellCitation(s, line, cells[byPlace ? 0 : words === 2 ? 1 : column > words ? column : -1]), ...meaning.citations.filter((c) => c.range.start.character < end)],
      wordsEnd: { line, character: end },
      // Empty reply cells are no reply: the recommendation is unanswered.
      ...(reply.length ? { reply: withStatusCell(replyFrom(state, p, { line, character: reply[0].start }, rule.name, { line, character: reply[reply.length - 1].end }), s, reply) } : {}),
      ownRow: true,
    };
  },
  examples: [
    'Government response to the Transport Committee\n\nNo.\tRecommendation\tResponse\n1\tThe Department should publish a plan for rural buses.\tAccepted. The plan will be published in June 2025.\n2\tThe Department should fund rural routes for ten years.\tNot accepted. Funding is set at each spending review.\n',
    'Scottish Government response\n\nCommittee recommendation\tScottish Government response\nThe Scottish Government should publish a plan for rural GP recruitment.\tThe Scottish Government accepts this recommendation.\nNHS boards should report vacancy rates every quarter.\t\n',
    'Scottish Government response\n\nParagraph\tCommittee recommendation\tScottish Government response\n45\tThe Committee recommends that the Scottish Government publishes a workforce plan for social care.\tThe Scottish Government accepts this recommendation.\n52\tThe Committee asks the Scottish Government to set out how it will monitor waiting times.\t\n',
    'Scottish Government response\n\nCommittee recommendation\tScottish Government response\nThe Committee is concerned that patients in rural areas wait longer.\tThe Scottish Government shares this concern.\nRural access\t\nDigital consultations have improved access for many patients.\tNoted.\n',
  ],
});
export default rule;
