// Smart selection: line → paragraph → recommendation or response → group → section → whole document.
import type { SelectionRange } from 'vscode-languageserver-types';
import type { Position, Range, Report, Section } from '../model';
import { containsPosition, paragraphAt } from './ranges';

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function sectionsAt(sections: readonly Section[], pos: Position, out: Range[]): void {
  for (const s of sections) {
    if (!containsPosition(s.range, pos)) continue;
    out.push(s.range);
    sectionsAt(s.children, pos, out);
  }
}

/** The ranges around `pos`, innermost first. */
function enclosingRanges(report: Report, pos: Position): Range[] {
  const outer: Range[] = [];
  sectionsAt(report.sections, pos, outer);
  const group = report.groups.find((g) => containsPosition(g.range, pos));
  if (group) outer.push(group.range);
  const item =
    report.responses.find((r) => containsPosition(r.range, pos))?.range ??
    report.recommendations.find((r) => containsPosition(r.range, pos))?.range;
  if (item) outer.push(item);
  const paragraph = paragraphAt(report, pos.line);
  if (paragraph) outer.push(paragraph.range);
  const line = report.lines[pos.line] ?? '';
  outer.push({ start: { line: pos.line, character: 0 }, end: { line: pos.line, character: line.length } });
  return outer.reverse();
}

export function selectionRanges(report: Report, positions: readonly Position[]): SelectionRange[] {
  const last = Math.max(0, report.lineCount - 1);
  const whole: Range = {
    start: { line: 0, character: 0 },
    end: { line: last, character: report.lines[last]?.length ?? 0 },
  };
  return positions.map((pos) => {
    const ranges = [...enclosingRanges(report, pos), whole];
    let parent: SelectionRange | undefined;
    for (let i = ranges.length - 1; i >= 0; i--) {
      if (parent && sameRange(parent.range, ranges[i])) continue;
      parent = { range: ranges[i], parent };
    }
    return parent!;
  });
}
