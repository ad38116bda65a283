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

/** How the report uses each acronym, counted from all its tokens. */
function usesOf(tokens: readonly AcronymToken[]): Map<string, AcronymUse> {
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
  return uses;
}

/**
 * The previous version's index brought up to date, when the edit kept the line count: only the edited lines are
 * scanned again. When those lines hold the same acronyms in the same order as before (typing in prose beside them),
 * every count and every order is as it was, and only a first use that moved along its line is replaced; otherwise
 * the uses are counted afresh.
 */
function patchedIndex(report: Report): AcronymIndex | undefined {
  const edit = editedLines(report);
  const old = edit && cache.get(edit.previous);
  if (!edit || !old) return undefined;
  const before: AcronymToken[] = [];
  const after: AcronymToken[] = [];
  // Annotation lines are the user's own notes, not report text.
  const tokens = withLinesReplaced(
    old.tokens,
    edit.lines,
    (line) => {
      const fresh = report.lines[line].charCodeAt(0) !== 64 ? acronymsInLine(report.lines[line], line) : [];
      after.push(...fresh);
      return fresh;
    },
    before,
  );
  if (before.length !== after.length || before.some((t, i) => t.base !== after[i].base)) return { tokens, uses: usesOf(tokens) };
  let uses = old.uses;
  before.forEach((t, i) => {
    const key = t.base.toUpperCase();
    const use = uses.get(key)!;
    if (use.first !== t) return;
    if (uses === old.uses) uses = new Map(old.uses);
    uses.set(key, { ...use, first: after[i] });
  });
  return { tokens, uses };
}

export function acronymIndex(report: Report): AcronymIndex {
  let found = cache.get(report);
  if (found) return found;
  if (!(found = patchedIndex(report))) {
    const tokens = findAcronyms(report.lines, report.text, reportLineStarts(report));
    found = { tokens, uses: usesOf(tokens) };
  }
  cache.set(report, found);
  return found;
}
