// The acronym definitions written in a report, found once per model; after a keystroke, only the edited line is read again.
import { editedLines, reportLineStarts, withLinesReplaced, type Report } from '../model';
import { definitionMap } from '../glossary/glossary';
import { definitionsInLine, findDefinitions, lineBefore } from '../glossary/definitions';
import type { DocumentDefinition } from '../glossary/types';

interface Found {
  list: DocumentDefinition[];
  map: Map<string, DocumentDefinition>;
}

const cache = new WeakMap<Report, Found>();

/** The previous version's definitions with those of the few changed lines replaced, when the line count is the same. */
function patched(report: Report): DocumentDefinition[] | undefined {
  const edit = editedLines(report);
  const old = edit && cache.get(edit.previous);
  if (!edit || !old) return undefined;
  // A definition reads on from the line before it, so the line after each edited one is read again too.
  const lines = [...new Set(edit.lines.flatMap((l) => (l + 1 < report.lineCount ? [l, l + 1] : [l])))].sort((a, b) => a - b);
  return withLinesReplaced(old.list, lines, (line) => definitionsInLine(report.lines[line], line, lineBefore(report.lines, line)));
}

export function documentDefinitions(report: Report): Map<string, DocumentDefinition> {
  let found = cache.get(report);
  if (!found) {
    const list = patched(report) ?? findDefinitions(report.lines, report.text, reportLineStarts(report));
    found = { list, map: definitionMap(list) };
    cache.set(report, found);
  }
  return found.map;
}
