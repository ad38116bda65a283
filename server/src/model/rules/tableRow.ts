// "1.That the MoD spotlight all refusals … (Para 39) The MoD will continue to protest …": a row of a progress table
// flattened to one line. The recommendation ends at its citation; the rest of the row, the Government's reply cell
// (and any cells after it), is its response, whether a decision ("Accepted") or words. A table of one row is a table.
// Where bars part the row's cells ("1. The Department should … | Accepted. …", as a table imported from a PDF or a web
// page gives it), the words end at the first cell's edge, cited or not, and empty cells after it are no reply.
import { citationSpans, endsWithCitation, replyAfter } from '../citations';
import { RECOMMENDS } from '../patterns';
import { cellsByEdge } from '../tableColumns';
import { afterReplyLabel, recommendationMeaning, replyAfterCell, replyFrom, withStatusCell } from '../recommendationBlock';
import { decisionAt } from '../verdicts';
import { startsNewBlock } from './numberedRecommendation';
import type { BlockRule, RecommendationMeaning } from './types';
import { defineRule, DIGITS, execAt, started } from './types';
import type { LineState } from '../state';
import type { Paragraph } from '../types';

/**
 * "1.That …", "1. That …" (or "1)", "1:", "R1.", a part "16a.", a chapter's "1.1"), or the number in a cell of its own
 * that a tab ends ("1<tab>The Department should …"); or, before a capital, that a space ends or nothing does ("1 The MoD
 * should …", "1The MoD should …"), or in brackets,
 * round or square, a number or a letter ("(1) The MoD should …", "[1] The MoD …", "(a)That the MoD …"), or before a
 * dash ("1 – The MoD …"), as a table's number cell is flattened. Its number is group 2, 3 or 4.
 */
const START = /( {0,3})(?:\*\*)?(?:[([](\d{1,4}|[a-z])[)\]](?:\*\*)?[ \t]*(?=["“‘'\p{Lu}])|(\d{1,3})[ \t]+[–—-][ \t]+(?=["“‘'\p{Lu}])|R?(\d{1,4}(?:[a-z]|\.\d{1,3}(?=[ \t]))?)(?:[.:)](?:\*\*)?(?:[ \t]+(?=\S)|(?=["“‘'\p{Lu}]))|\t+(?=\S)|[ \t]+(?=["“‘'\p{Lu}])|(?=\p{Lu}\p{Ll})))/uy;

/** A citation's opening: "(Paragraph", "[Para", "(§". */
const CITATION_FIRST = /^(?:\*\*)?[([](?:\*\*)?(?:Para(?:graph)?s?\b|§|¶)/i;

/**
 * Where the reply starts: after the first cell's edge, in a row whose cells bars part (`cell`, read from the words at
 * `words` unless the caller has it); else after the first citation that a decision's label follows, as a reply that
 * cites too ("… (Para 11) Accepted. The plans were set out (see para 4).") has one after it; else after the row's last
 * citation; -1 when the row ends with its citation and no decision follows an earlier one.
 */
function replyStart(line: string, words: number, cell = replyAfterCell(line, words)): number {
  if (cell) return cell.from;
  const ends = endsWithCitation(line);
  // Most recommendations' lines end with their citation, the only bracket on the line, and have no reply: settled
  // without reading their citations.
  if (ends && bracketsIn(line) < 2) return -1;
  const spans = citationSpans(line);
  for (let k = 0; k < spans.length - 1; k++) {
    const at = replyAfter(line, spans[k].end);
    // (A decision's label: a committee's next sentence may open "We welcome …", which decides nothing here.)
    if (at >= 0 && decisionAt(line, at) !== undefined) return at;
  }
  return spans.length && !ends ? replyAfter(line, spans[spans.length - 1].end) : -1;
}

/** How many opening brackets, round or square, the line has: up to two. */
function bracketsIn(line: string): number {
  const round = line.indexOf('(');
  const square = line.indexOf('[');
  return (round < 0 ? 0 : round === line.lastIndexOf('(') ? 1 : 2) + (square < 0 ? 0 : 1);
}


/**
 * The row's reply from `from` to its end; in a row whose cells an edge parts (at `edge`), a status cell after the
 * reply's words decides where they do not ("… | A plan will follow. | Accepted").
 */
function rowReply(state: LineState, p: Paragraph, from: number, edge: number | undefined): NonNullable<RecommendationMeaning['reply']> {
  const line = p.lines[0];
  const reply = replyFrom(state, p, { line, character: from }, rule.name);
  return edge === undefined ? reply : withStatusCell(reply, state.lines[line], cellsByEdge(state.lines[line], edge));
}

const rule: BlockRule = defineRule({
  name: 'table-row',
  describes: 'table rows with the reply after the citation (“1.That … (Para 57) Accepted”)',
  rank: 950,
  firstChars: DIGITS + ' *([R',
  // A row is one line, its reply placed on it: an edit there reads the document afresh (not stable under a keystroke).
  props: { startsRecommendation: true, weakNumber: true, singleLine: true },
  start(line, at) {
    // A row's line has a citation with words after it, or a cell's edge: most lines are settled by whether "(", "[" or
    // "|" is in them at all.
    if (line.indexOf('(', at) < 0 && line.indexOf('[', at) < 0 && line.indexOf('|', at) < 0) return undefined;
    const m = execAt(START, line, at);
    // A citation straight after the number opens the words ("3. (Paragraph 44) Business rates relief should …"): the
    // words after it are the recommendation's, not a reply cell after words that end at it.
    if (!m || CITATION_FIRST.test(line.slice(at + m[0].length, at + m[0].length + 16)) || replyStart(line, at + m[0].length) < 0) return undefined;
    const number = m[2] ?? m[3] ?? m[4];
    const n = parseInt(number);
    // A letter ("(a)That …") numbers a row as its place in the alphabet: (c) is the third. A part ("16a.") is its number's.
    return started('recommendation', rule, at + m[0].length, n >= 0 ? { number: n, label: number, strong: false } : { number: number.charCodeAt(0) - 96, strong: false });
  },
  // A row (its citation and the reply after it on its line) is no wrapped line of the text above it, such as the
  // table's column headings: "(7) To conduct an inquiry … (paragraph 32). MoD look forward …".
  interrupts: (state, current, start, line) => current.start.kind === 'text' || startsNewBlock(state, current, start, line),
  read(state, p): RecommendationMeaning {
    const line = p.lines[0];
    const s = state.lines[line];
    const prefix = state.startAt(line).prefix;
    const cell = replyAfterCell(s, prefix);
    const at = replyStart(s, prefix, cell);
    // Read by its cell's edge, with words that recommend: a table's row, believed as one that cites is.
    const certain = cell !== undefined && RECOMMENDS.test(s.slice(prefix, cell.edge));
    // "(Para 14) **Government response:** Not accepted": the reply is the words after its label.
    const from = afterReplyLabel(s, at);
    // The words end at the citation: a bold marker or a cell's edge before the reply is neither's.
    let wordsEnd = at;
    while (wordsEnd > 0 && /[\s*|]/.test(s[wordsEnd - 1])) wordsEnd--;
    const meaning = recommendationMeaning(state, p);
    return {
      ...meaning,
      ...(certain ? { certain } : {}),
      // The reply's own references ("see para 4") are not the recommendation's citations.
      citations: meaning.citations.filter((c) => c.range.start.character < at),
      wordsEnd: { line, character: wordsEnd },
      // (Empty cells after the words' are no reply: the recommendation is unanswered.)
      ...(from < s.trimEnd().length ? { reply: rowReply(state, p, from, cell?.edge) } : {}),
      // (Read by its cell's edge, its reply is its cells'.)
      ...(cell ? { ownRow: true as const } : {}),
    };
  },
  examples: [
    'Recommendations and undertakings Government Response Further Government Action\n1.That the Treaty’s signatories must continue to spotlight all refusals to accept legitimate inspections. (Para 39) The MoD will continue to protest over all refusals to accept legitimate inspections.\n2.That the UK ratify the Treaty, but continue to press for full compliance by Russia. (Para 57) Accepted\n',
    'Recommendations and undertakings Government Response\n(a)That the MoD sets out a timetable for the new units. (Para 12) AcceptedA timetable was published.\n(b)That the MoD reviews the pay of nurses. (Para 18) See response to (a) above.\n',
    '7.To conduct an inquiry at an early date once Ministers have finalised their plans for the agency (paragraph 32). MoD look forward to helping the Committee’s inquiry. See the Ninth Report, HC 616.\n',
    'Recommendation | Response | Notes\n1. The Department should publish a plan for rural bus services. | Accepted. The plan will be published in June. | None.\n2. The Department should fund rural routes for ten years. |\n\nThe Department thanks the Committee for its report.\n',
  ],
});
export default rule;
