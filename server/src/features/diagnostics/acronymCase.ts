// Acronyms written in more than one case in the same report ("WSoA" and "WSOA"): a hint with a fix to the usual form.
import type { Range, Report } from '../../model';
import { acronymIndex } from '../acronymIndex';
import type { Finding } from './types';

function upperCount(s: string): number {
  let n = 0;
  for (const c of s) if (c >= 'A' && c <= 'Z') n++;
  return n;
}

/** The form to prefer: the most used; on a tie, the one with more capitals (WSOA over WSoA), then the first seen. */
function dominantForm(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, n] of counts) {
    if (n > bestCount || (n === bestCount && upperCount(form) > upperCount(best))) [best, bestCount] = [form, n];
  }
  return best;
}

export function acronymCase(report: Report): Finding[] {
  const groups = new Map<string, Map<string, Range[]>>();
  for (const t of acronymIndex(report).tokens) {
    const key = t.base.toUpperCase();
    let forms = groups.get(key);
    if (!forms) groups.set(key, (forms = new Map()));
    const range = { start: { line: t.line, character: t.start }, end: { line: t.line, character: t.start + t.base.length } };
    const list = forms.get(t.base);
    if (list) list.push(range);
    else forms.set(t.base, [range]);
  }
  const out: Finding[] = [];
  for (const forms of groups.values()) {
    if (forms.size < 2) continue;
    const counts = new Map([...forms].map(([f, rs]) => [f, rs.length]));
    const dominant = dominantForm(counts);
    for (const [form, ranges] of forms) {
      if (form === dominant) continue;
      const usual = counts.get(dominant)!;
      const tally = usual === ranges.length ? `${usual} times each` : `${usual} times against ${ranges.length}`;
      for (const range of ranges) {
        out.push({
          code: 'acronym-case',
          range,
          message: `"${form}" is also written "${dominant}" in this report (${tally}). Use one form throughout.`,
          data: { fix: 'replace', range, text: dominant, title: `Change to ${dominant}` },
        });
      }
    }
  }
  return out;
}
