// The acronym tokens of a report, found once per model and looked up by line.
import { findAcronyms, type AcronymToken } from '../model/acronyms';
import { reportLineStarts, type Position, type Report } from '../model';

export interface AcronymIndex {
  tokens: AcronymToken[];
  byLine: Map<number, AcronymToken[]>;
  /** Upper-cased base → how many times the report uses it. */
  counts: Map<string, number>;
}

const cache = new WeakMap<Report, AcronymIndex>();

export function acronymIndex(report: Report): AcronymIndex {
  let found = cache.get(report);
  if (found) return found;
  const tokens = findAcronyms(report.lines, report.text, reportLineStarts(report));
  const byLine = new Map<number, AcronymToken[]>();
  const counts = new Map<string, number>();
  for (const t of tokens) {
    const list = byLine.get(t.line);
    if (list) list.push(t);
    else byLine.set(t.line, [t]);
    const key = t.base.toUpperCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  found = { tokens, byLine, counts };
  cache.set(report, found);
  return found;
}

export function acronymAt(report: Report, pos: Position): AcronymToken | undefined {
  return acronymIndex(report).byLine.get(pos.line)?.find((t) => t.start <= pos.character && pos.character <= t.end);
}
