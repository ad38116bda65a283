// Acronyms neither the glossaries nor the document define: one finding at each one's first use, with a fix that adds it to the user glossary.
import type { Report } from '../../model';
import type { AcronymToken } from '../../model/acronyms';
import type { Glossary } from '../../glossary/glossary';
import { acronymIndex } from '../acronymIndex';
import { documentDefinitions } from '../documentDefinitions';
import type { Finding } from './types';

export function undefinedAcronym(report: Report, glossary: Glossary): Finding[] {
  const defined = documentDefinitions(report);
  const unknown: AcronymToken[] = [];
  for (const [key, use] of acronymIndex(report).uses) if (!defined.has(key) && !glossary.knows(use.first.base)) unknown.push(use.first);
  const words = wordsInCapitals(report, unknown);
  return unknown
    .filter((t) => !words.has(t.base))
    .map((t) => ({
      code: 'undefined-acronym',
      range: { start: { line: t.line, character: t.start }, end: { line: t.line, character: t.start + t.base.length } },
      message: `"${t.base}" is not in the glossary and this report does not define it. Add it to your glossary so that its hover explains it.`,
      data: { fix: 'add-to-glossary', term: t.base },
    }));
}

/** How many words are looked for in small letters: a hostile file's thousands of capital words make no pattern of thousands. */
const MAX_LOOKED_FOR = 100;

/**
 * Which of the tokens are words set in capitals, as headings are ("BUDGET AND RESOURCING", "FIRST SPECIAL REPORT"), not
 * acronyms: one of four letters or more that the report also writes as a word ("Budget", "report"), or one first used
 * on a line with no small letter and another word in capitals (a heading in capitals; an acronym first used there, "THE
 * KOLB REVIEW", is taken for a heading's word too). The report is searched once for all of them (the first MAX_LOOKED_FOR).
 */
function wordsInCapitals(report: Report, tokens: readonly AcronymToken[]): Set<string> {
  const out = new Set<string>();
  const long: string[] = [];
  for (const t of tokens) {
    if (!/^[A-Z]+$/.test(t.base)) continue;
    const line = report.lines[t.line];
    if (!/[a-z]/.test(line) && /[A-Z]{2,}[^A-Za-z]+[A-Z]{2,}/.test(line)) out.add(t.base);
    else if (t.base.length >= 4 && long.length < 2 * MAX_LOOKED_FOR) long.push(t.base[0] + t.base.slice(1).toLowerCase(), t.base.toLowerCase());
  }
  if (long.length) for (const m of report.text.matchAll(new RegExp(`\\b(?:${long.join('|')})\\b`, 'g'))) out.add(m[0].toUpperCase());
  return out;
}
