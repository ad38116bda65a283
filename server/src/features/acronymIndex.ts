// The acronym tokens of a report and how each acronym is used, found once per model (after a keystroke, patched).
import { acronymsInLine, findAcronyms, type AcronymToken } from '../model/acronyms';
import { editedLines, reportLineStarts, withLinesReplaced, type Report } from '../model';

export interface AcronymUse {
  /** Times used, in any case and form. */
  total: number;
  /** Each spelling ("WSOA", "WSoA") and how often it is used. */
  forms: Map<string, number>;
  /** Where it is first used. */
  first: AcronymToken;
}

export interface AcronymIndex {
  tokens: AcronymToken[];
  /** Upper-cased base → how the report uses it. */
  uses: Map<string, AcronymUse>;
}

const cache = new WeakMap<Report, AcronymIndex>();

/**
 * The previous version's tokens with those of the few changed lines replaced, when the edit kept the line count:
 * after a keystroke only the edited line is scanned again.
 */
function patchedTokens(report: Report): AcronymToken[] | undefined {
  const edit = editedLines(report);
  const old = edit && cache.get(edit.previous);
  if (!edit || !old) return undefined;
  // Annotation lines are the user's own notes, not report text.
  return withLinesReplaced(old.tokens, edit.lines, (line) => (report.lines[line].charCodeAt(0) !== 64 ? acronymsInLine(report.lines[line], line) : []));
}

export function acronymIndex(report: Report): AcronymIndex {
  let found = cache.get(report);
  if (found) return found;
  const tokens = patchedTokens(report) ?? findAcronyms(report.lines, report.text, reportLineStarts(report));
  const uses = new Map<string, AcronymUse>();
  for (const t of tokens) {
    const key = t.base.toUpperCase();
    const use = uses.get(key);
    if (!use) {
      uses.set(key, { total: 1, forms: new Map([[t.base, 1]]), first: t });
      continue;
    }
    use.total++;
    use.forms.set(t.base, (use.forms.get(t.base) ?? 0) + 1);
  }
  found = { tokens, uses };
  cache.set(report, found);
  return found;
}
