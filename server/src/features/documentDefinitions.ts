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

/** The report's page-furniture lines, which a definition reads past. */
function furnitureOf(report: Report): ReadonlySet<number> | undefined {
  return report.furniture.length ? new Set(report.furniture) : undefined;
}

/** The previous version's definitions with those of the few changed lines replaced, when the line count is the same. */
function patched(report: Report): DocumentDefinition[] | undefined {
  const edit = editedLines(report);
  const old = edit && cache.get(edit.previous);
  if (!edit || !old) return undefined;
  // A definition reads on from the line before it, so the line after each edited one is read again too.
  // (The line after, past any page furniture between them.)
  const skip = furnitureOf(report);
  const after = (l: number) => {
    let k = l + 1;
    while (skip?.has(k)) k++;
    return k;
  };
  const lines = [...new Set(edit.lines.flatMap((l) => (after(l) < report.lineCount ? [l, after(l)] : [l])))].sort((a, b) => a - b);
  return withLinesReplaced(old.list, lines, (line) => definitionsInLine(report.lines[line], line, lineBefore(report.lines, line, skip)));
}

export function documentDefinitions(report: Report): Map<string, DocumentDefinition> {
  let found = cache.get(report);
  if (!found) {
    const list = patched(report) ?? findDefinitions(report.lines, report.text, reportLineStarts(report), furnitureOf(report));
    found = { list, map: definitionMap(list) };
    cache.set(report, found);
  }
  return found.map;
}
