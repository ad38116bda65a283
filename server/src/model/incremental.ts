// The keystroke path: an edit inside one line that changes nothing structural (no line added or removed, the same kind
// of line, the same citations, the same page-break joins) gives a model made from the previous one, with only the
// edited paragraph, its recommendation and the ranges ending on that line made anew. Anything else: a full parse.
import { findCitations, recommendationOf, recommendationsStart } from './parser';
import { isTableRow, joinSignature, lineMatch, MIN_WRAPPED_LINE } from './paragraphs';
import { CITATION_CLOSE, isEndMatter, endsWithCitation, OPEN_CITATION, rowStatus, STANCE_LABEL, TARGET_DATE } from './patterns';
import { matchLine } from './rules';
import { mayBeFurniture } from './rules/furniture';
import { referencesFrom, referencesInLine } from './references';
import { readSections } from './sections';
import type { LineMap } from './lineTable';
import type { Paragraph, Range, Report } from './types';

/** The one line that differs, when the two versions have the same number of lines and differ in exactly one. */
function onlyChangedLine(before: readonly string[], after: readonly string[], map: LineMap): number | undefined {
  return before.length === after.length && map.head + map.tail === after.length - 1 ? map.head : undefined;
}

const citedNumbers = (lines: readonly string[], line: number) => findCitations(lines, [line]).map((c) => c.paragraph).join();

/** Everything a layout rule read on a line, as one string to compare. */
function matchSignature(s: string): string {
  const m = matchLine(s);
  return [m.kind, m.rule, m.prefix, m.number, m.label, m.numbers?.join(), m.strong, m.from].join('|');
}


/**
 * What a line contributes to where a block without blank lines ends (a citation ending it, or one a break cut, and
 * its numbers) and to whether a number on the next line carries its sentence on (its length).
 */
function breakSignature(s: string): string {
  return [endsWithCitation(s), OPEN_CITATION.exec(s)?.[0] ?? '', CITATION_CLOSE.test(s) ? s.trim() : '', s.trim().length >= MIN_WRAPPED_LINE].join('|');
}

/** Whether line `i` of `lines` is a table row, for the furniture test. */
const isRowIn = (lines: readonly string[]) => (i: number) => isTableRow(lines, i);

/** True when `line` stands between a report part's heading and its first recommendation (where its title is read). */
function inPartHeading(report: Report, line: number): boolean {
  return report.parts.some((p) => line >= p.selectionRange.start.line && line < (report.groups[p.groups[0]]?.range.start.line ?? Infinity));
}

/** True when the edit of line `i` leaves every structural fact about it as it was. */
function sameStructure(before: readonly string[], after: readonly string[], i: number): boolean {
  const a = before[i];
  const b = after[i];
  const kind = lineMatch(before, i).kind;
  return (
    (kind === 'text' || kind === 'recommendation' || kind === 'list-item' || kind === 'numbered-reply') &&
    !mayBeFurniture(before, i, isRowIn(before)) &&
    !mayBeFurniture(after, i, isRowIn(after)) &&
    matchSignature(a) === matchSignature(b) &&
    joinSignature(a) === joinSignature(b) &&
    citedNumbers(before, i) === citedNumbers(after, i) &&
    breakSignature(a) === breakSignature(b) &&
    STANCE_LABEL.exec(a)?.[0] === STANCE_LABEL.exec(b)?.[0] &&
    // A table row's status is a response of its own, placed by column: typing before it moves it.
    !rowStatus(a) &&
    !rowStatus(b) &&
    !TARGET_DATE.test(a) &&
    !TARGET_DATE.test(b)
  );
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

export function reparseOneLine(previous: Report, text: string, lines: readonly string[], map: LineMap, shortTitleWords: number): Report | undefined {
  const line = onlyChangedLine(previous.lines, lines, map);
  if (line === undefined || !previous.recommendations.length) return undefined;
  if (!sameStructure(previous.lines, lines, line)) return undefined;
  // A "Footnotes" heading written or unwritten changes what the text after it answers.
  if (isEndMatter(lines[line]) || isEndMatter(previous.lines[line] ?? '')) return undefined;
  const index = previous.paragraphs.findIndex((p) => p.lines.includes(line));
  if (index < 0 || index < recommendationsStart(previous)) return undefined;
  const old = previous.paragraphs[index];
  // A conclusion's range is held by its recommendation, and a report part's first lines are its title: both are read afresh.
  if (old.kind === 'conclusion' || inPartHeading(previous, line)) return undefined;
  // Several recommendations share one paragraph under "Recommendations 3 and 4".
  const recIndexes = old.kind === 'recommendation' ? previous.recommendations.flatMap((r, k) => (r.paragraphIndex === index ? [k] : [])) : [];
  if (recIndexes.some((k) => wordsMatter(previous, k))) return undefined;

  const character = lines[line].length;
  const paragraph: Paragraph = { ...old, range: withEnd(old.range, line, character) };
  const paragraphs = previous.paragraphs.slice();
  paragraphs[index] = paragraph;

  let recommendations = previous.recommendations;
  if (recIndexes.length) {
    recommendations = previous.recommendations.slice();
    const m = lineMatch(lines, paragraph.lines[0]);
    for (const k of recIndexes) {
      const rec = previous.recommendations[k];
      // The number a heading names beside its first, else the line's own (a renumbered list's number is restored after).
      const named = m.numbers?.includes(rec.number) && rec.number !== m.number ? rec.number : undefined;
      const updated = recommendationOf(lines, paragraph, rec.paragraphIndex, shortTitleWords, findCitations(lines, paragraph.lines), {
        responses: rec.responses,
        group: rec.group,
        part: rec.part,
        conclusionRange: rec.conclusionRange,
        number: named,
      });
      updated.number = rec.number;
      // A citation a line break cut can change with this line's words: then the matching of responses may too.
      if (updated.paragraphs.join() !== rec.paragraphs.join()) return undefined;
      recommendations[k] = updated;
    }
  }

  const oldEnd = old.range.end;
  const endsHere = (r: Range) => r.end.line === oldEnd.line && r.end.character === oldEnd.character;
  const responses = previous.responses.map((r) =>
    endsHere(r.range) || (r.bodyRange && endsHere(r.bodyRange))
      ? { ...r, range: withEnd(r.range, line, character), ...(r.bodyRange ? { bodyRange: withEnd(r.bodyRange, line, character) } : {}) }
      : r,
  );
  const groups = previous.groups.map((g) => (endsHere(g.range) ? { ...g, range: withEnd(g.range, line, character) } : g));
  const parts = previous.parts.map((p) => (endsHere(p.range) ? { ...p, range: withEnd(p.range, line, character) } : p));
  const references = previous.references.filter((r) => r.range.start.line !== line);
  const at = references.findIndex((r) => r.range.start.line > line);
  references.splice(at < 0 ? references.length : at, 0, ...referencesInLine(lines[line], line, referencesFrom(lines, line)));

  return {
    lineCount: previous.lineCount,
    eol: previous.eol,
    text,
    lines,
    paragraphs,
    sections: readSections(lines, paragraphs, recommendationsStart(previous)),
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
