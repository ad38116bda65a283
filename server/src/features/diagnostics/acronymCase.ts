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
  const index = acronymIndex(report);
  const minority = new Map<string, string>();
  for (const use of index.uses.values()) {
    if (use.forms.size < 2) continue;
    const dominant = dominantForm(use.forms);
    for (const form of use.forms.keys()) if (form !== dominant) minority.set(form, dominant);
  }
  const out: Finding[] = [];
  // Ranges are made only for the few acronyms written in more than one case.
  if (!minority.size) return out;
  for (const t of index.tokens) {
    const dominant = minority.get(t.base);
    if (!dominant) continue;
    const forms = index.uses.get(t.base.toUpperCase())!.forms;
    const usual = forms.get(dominant)!;
    const mine = forms.get(t.base)!;
    const tally = usual === mine ? `${usual} times each` : `${usual} times against ${mine}`;
    const range: Range = { start: { line: t.line, character: t.start }, end: { line: t.line, character: t.start + t.base.length } };
    out.push({
      code: 'acronym-case',
      range,
      message: `"${t.base}" is also written "${dominant}" in this report (${tally}). Use one form throughout.`,
      data: { fix: 'replace', range, text: dominant, title: `Change to ${dominant}` },
    });
  }
  return out;
}
