// The keystroke path: an edit inside one line that changes nothing structural gives a model made from the previous
// one, with only the edited paragraph, its recommendation and the ranges ending on that line made anew. Structural
// means what the reader and the rules read: the line's whole start record, its rule's declaration that its blocks
// may be patched, the facts that decide where blocks end and join, and what its paragraph means. Anything else: a
// full parse, which the caller makes.
import { citationEndSignature, citationSpans, numberTagAt } from './citations';
import { mayBeFurniture } from './furniture';
import { COMMITTEE_OPENS, INQUIRY_OPENING } from './patterns';
import { proseEndSignature } from './prose';
import { isFieldLine, isHeadingLine, isLabelLine, isParagraphLine, MIN_WRAPPED_LINE } from './lines';
import { claimantOf, isSpaced, isTableRow, itemSignature, joinSignature, ruleOfParagraph } from './reader';
import { recommendationOf } from './recommendation';
import { namesPart } from './recommendationBlock';
import { QUOTED_AGAIN } from './builder';
import { referencesFrom, referencesInLine } from './references';
import type { Meaning, Start } from './rules/types';
import { readSections } from './sections';
import { rowSignature } from './tableColumns';
import type { LineMap, LineState } from './state';
import { CORRECTION_KINDS, type Citation, type Paragraph, type Range, type Report } from './types';
import { decisionSignature, GOVERNMENT_DECIDES, opensWithDecision, statusSignature } from './verdicts';

/** The one line that differs, when the two versions have the same number of lines and differ in exactly one. */
function onlyChangedLine(before: readonly string[], after: readonly string[], map: LineMap): number | undefined {
  return before.length === after.length && map.head + map.tail === after.length - 1 ? map.head : undefined;
}

/** Two start records alike in every field (compared whole, whatever fields rules give them). */
function sameStart(a: Start, b: Start): boolean {
  return sameValue(a, b);
}

/**
 * Two plain values alike: the same primitives, arrays and objects of alike values. A list of citations (of items that
 * each cite a paragraph) is alike when it cites the same paragraphs: where a citation stands is read again when the
 * recommendation is made anew. (Told by what its items hold, not by its field's name, which the browser's bundle
 * shortens.)
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && (cites(a) || cites(b as unknown[]))) return paragraphsCited(a) === paragraphsCited(b as unknown[]);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether a list's items cite paragraphs: a list of citations. */
const cites = (list: readonly unknown[]) => list.length > 0 && typeof (list[0] as { paragraph?: unknown })?.paragraph === 'number';

function paragraphsCited(list: readonly unknown[]): string {
  return (list as { paragraph: number }[]).map((c) => c.paragraph).join();
}

/** What one line contributes to where blocks end and join, beside its start record. */
function lineFacts(s: string): string {
  // The last character: a recommendation ending "so that:" takes the list after it. A form's field ("Status: Complete")
  // before a reply's label starts no reply.
  return [joinSignature(s), citationEndSignature(s), s.trim().length >= MIN_WRAPPED_LINE, decisionSignature(s), statusSignature(s), proseEndSignature(s), citationSpans(s).length > 0, s.trimEnd().slice(-1), isHeadingLine(s), isParagraphLine(s), numberTagAt(s) !== null, rowSignature(s), isFieldLine(s), itemSignature(s), namesPart(s), isLabelLine(s)].join('|');
}

/** True when the edit of line `i` leaves every structural fact about the line as it was. */
function sameLine(before: LineState, after: LineState, i: number): boolean {
  return (
    before.ruleAt(i).props.stableUnderKeystroke === true &&
    sameStart(before.startAt(i), after.startAt(i)) &&
    !mayBeFurniture(before.lines, i, (k) => isTableRow(before, k)) &&
    !mayBeFurniture(after.lines, i, (k) => isTableRow(after, k)) &&
    lineFacts(before.lines[i]) === lineFacts(after.lines[i]) &&
    wordsFacts(before, i) === wordsFacts(after, i)
  );
}

/**
 * How the words after the line's number (or label) open: as a reply does ("The Government agrees …"), which a paragraph
 * beside it asks (a heading's words end before it; a numbered paragraph after it carries on a reply's numbering); or as
 * an inquiry's recommendation does ("4.That the Department …") or in the Committee's voice ("31. The Committee asks …"),
 * which tells a numbered paragraph answered in turn; or with the Government deciding, after which a numbered paragraph
 * reads on as prose does.
 */
function wordsFacts(state: LineState, i: number): string {
  const words = state.lines[i].slice(state.startAt(i).prefix);
  return `${opensWithDecision(words)}${INQUIRY_OPENING.test(words)}${COMMITTEE_OPENS.test(words)}${GOVERNMENT_DECIDES.test(words)}`;
}

/**
 * True when `line` stands between a report part's heading and its first recommendation after it (where its title is
 * read). The part's first group may start before its heading, with recommendations no part heading was read over.
 */
function inPartHeading(report: Report, line: number): boolean {
  return report.parts.some((p, k) => {
    const heading = p.selectionRange.start.line;
    if (line < heading) return false;
    const first = report.recommendations.find((r) => r.part === k && r.range.start.line > heading);
    return line < (first?.range.start.line ?? Infinity);
  });
}

/**
 * True when the nearest paragraph from `k` on, going by `step` past annotation lines (as the claiming rules look), is
 * one the reader read by its first line's rule and the builder then read as text.
 */
function demoted(state: LineState, paragraphs: readonly Paragraph[], k: number, step: 1 | -1): boolean {
  while (paragraphs[k]?.kind === 'annotation') k += step;
  const p = paragraphs[k];
  return p !== undefined && p.kind === 'text' && state.startAt(p.lines[0]).kind !== 'text';
}

/** Whether another recommendation of the same report part has the number of recommendation `k`. */
function numberShared(report: Report, k: number): boolean {
  const rec = report.recommendations[k];
  return report.recommendations.some((r, j) => j !== k && r.number === rec.number && r.part === rec.part);
}

function withEnd(range: Range, line: number, character: number): Range {
  return range.end.line === line ? { start: range.start, end: { line, character } } : range;
}

/**
 * Whether a recommendation's words can decide a mis-cited heading's match: then its text may not change here. Only a
 * heading matched by words within another group is safe from an edit of this recommendation.
 */
function wordsMatter(report: Report, recIndex: number): boolean {
  const group = report.recommendations[recIndex].group;
  return report.responses.some((r) => r.miscitation && (r.group === group || r.miscitation.matchedBy !== 'words-in-group'));
}

/**
 * The model of `state`'s text made from `previous` (read from `before`), when the edit was inside one line and left
 * its structure alone; undefined otherwise. `start` is where the previous model's recommendations part starts.
 */
export function reparseOneLine(previous: Report, before: LineState, state: LineState, map: LineMap, shortTitleWords: number, start: number): Report | undefined {
  const lines = state.lines;
  const line = onlyChangedLine(before.lines, lines, map);
  if (line === undefined || !previous.recommendations.length) return undefined;
  // The user's corrections decide how paragraphs are read: a document with any is read afresh. So is one that quotes a
  // recommendation again over another body's reply (an edit of either quotation decides whether they are the same).
  if (previous.annotations.some((a) => CORRECTION_KINDS.includes(a.kind)) || previous.layouts.includes(QUOTED_AGAIN)) return undefined;
  if (!sameLine(before, state, line)) return undefined;
  // An edit that tells otherwise whether every line has a blank line after it changes where paragraphs end.
  state.spaced = isSpaced(lines);
  if (state.spaced !== before.spaced) return undefined;
  const index = previous.paragraphs.findIndex((p) => p.lines.includes(line));
  if (index < 0 || index < start) return undefined;
  const old = previous.paragraphs[index];
  // A conclusion's range is held by its recommendation, and a report part's first lines are its title: both are read afresh.
  if (old.kind === 'conclusion' || inPartHeading(previous, line)) return undefined;
  // The rules that claim a paragraph of text look at the paragraphs beside it as the reader left them; one the builder
  // read as text afterwards (a number it did not believe) stood there as a recommendation: text beside one is read afresh.
  if (old.kind === 'text' && (demoted(before, previous.paragraphs, index - 1, -1) || demoted(before, previous.paragraphs, index + 1, 1))) return undefined;
  // Several recommendations share one paragraph under "Recommendations 3 and 4".
  const recIndexes = old.kind === 'recommendation' ? previous.recommendations.flatMap((r, k) => (r.paragraphIndex === index ? [k] : [])) : [];
  if (recIndexes.some((k) => wordsMatter(previous, k))) return undefined;
  // Where a heading names who answers ("Ofcom response"), an edit may make a recommendation's words those of another
  // with its number, which it then quotes again over that body's reply (builder: #addQuotation), or no longer.
  if (recIndexes.length && previous.responses.some((r) => r.from !== undefined) && recIndexes.some((k) => numberShared(previous, k))) return undefined;

  const character = lines[line].length;
  const paragraph: Paragraph = { ...old, range: withEnd(old.range, line, character) };
  const paragraphs = previous.paragraphs.slice();
  paragraphs[index] = paragraph;
  state.paragraphs = paragraphs;
  state.furniture = before.furniture;
  // A paragraph of text that a rule claims as a whole (or claimed) must be claimed by the same rule after the edit.
  // (A list item may be claimed too: "• The Government should … (Paragraph 18)".)
  const startKind = state.startAt(paragraph.lines[0]).kind;
  const unclaimed = (p: Paragraph) => ({ ...p, kind: startKind, rule: startKind });
  if ((startKind === 'text' || startKind === 'list-item') && claimantOf(state, unclaimed(paragraph), index) !== claimantOf(before, unclaimed(old), index)) return undefined;
  // What the paragraph means must be as it was, but for where its citations stand.
  // A numbered paragraph the builder read as text (a number alone, not believed) is believed once it cites a paragraph:
  // the edited line must cite what it cited.
  if (old.kind === 'text' && state.startAt(paragraph.lines[0]).kind !== 'text' && !sameValue(before.citationsOn(line), state.citationsOn(line))) return undefined;
  const rule = ruleOfParagraph(before, old);
  const meaning: Meaning = rule.read(state, paragraph, index);
  if (!sameValue(rule.read(before, old, index), meaning)) return undefined;
  // A reply in its recommendation's row holds its place on its line, and the ranges of its group end there: read afresh.
  if (meaning.role === 'recommendation' && meaning.reply && meaning.reply.range.start.line === line) return undefined;

  let recommendations = previous.recommendations;
  if (recIndexes.length) {
    recommendations = previous.recommendations.slice();
    const m = state.startAt(paragraph.lines[0]);
    for (const k of recIndexes) {
      const rec = previous.recommendations[k];
      // The number a heading names beside its first, else the line's own (a renumbered list's number is restored after).
      // A recommendation with no number of its own keeps the one its place gave it.
      const named = (m.numbers?.includes(rec.number) && rec.number !== m.number) || m.number === undefined ? rec.number : undefined;
      const updated = recommendationOf(lines, paragraph, rec.paragraphIndex, shortTitleWords, {
        start: m,
        weakNumber: rule.props.weakNumber === true,
        citations: meaning.role === 'recommendation' ? (meaning.citations as Citation[]) : [],
        responses: rec.responses,
        group: rec.group,
        part: rec.part,
        conclusionRange: rec.conclusionRange,
        number: named,
        wordsEnd: meaning.role === 'recommendation' ? meaning.wordsEnd : undefined,
        wordsFrom: meaning.role === 'recommendation' ? meaning.wordsFrom : undefined,
      });
      updated.number = rec.number;
      recommendations[k] = updated;
    }
  }

  const oldEnd = old.range.end;
  const endsHere = (r: Range) => r.end.line === oldEnd.line && r.end.character === oldEnd.character;
  // A reply in its recommendation's row that goes on into the paragraphs after the row ends where they now end (an
  // edit of the row itself is read afresh, above); so does a heading whose paragraph took in the words after it
  // ("Paragraph 27: …" and its reply's lines, in a copy with no blank lines).
  const responses = previous.responses.map((r) =>
    endsHere(r.range) || (r.bodyRange && endsHere(r.bodyRange)) || (r.headingRange && endsHere(r.headingRange))
      ? {
          ...r,
          range: withEnd(r.range, line, character),
          ...(r.bodyRange ? { bodyRange: withEnd(r.bodyRange, line, character) } : {}),
          ...(r.headingRange && endsHere(r.headingRange) ? { headingRange: withEnd(r.headingRange, line, character) } : {}),
        }
      : r,
  );
  const groups = previous.groups.map((g) => (endsHere(g.range) ? { ...g, range: withEnd(g.range, line, character) } : g));
  const parts = previous.parts.map((p) => (endsHere(p.range) ? { ...p, range: withEnd(p.range, line, character) } : p));
  const references = previous.references.filter((r) => r.range.start.line !== line);
  const at = references.findIndex((r) => r.range.start.line > line);
  references.splice(at < 0 ? references.length : at, 0, ...referencesInLine(lines[line], line, referencesFrom(state, line)));

  return {
    lineCount: previous.lineCount,
    eol: previous.eol,
    text: state.text,
    lines,
    paragraphs,
    sections: readSections(lines, paragraphs, start),
    recommendations,
    responses,
    groups,
    annotations: previous.annotations,
    references,
    parts,
    layouts: previous.layouts,
    furniture: previous.furniture,
  };
}
