// The acronym definitions written in a report, found once per model.
import { reportLineStarts, type Report } from '../model';
import { definitionMap } from '../glossary/glossary';
import { findDefinitions } from '../glossary/definitions';
import type { DocumentDefinition } from '../glossary/types';

const cache = new WeakMap<Report, Map<string, DocumentDefinition>>();

export function documentDefinitions(report: Report): Map<string, DocumentDefinition> {
  let found = cache.get(report);
  if (!found) {
    found = definitionMap(findDefinitions(report.lines, report.text, reportLineStarts(report)));
    cache.set(report, found);
  }
  return found;
}
