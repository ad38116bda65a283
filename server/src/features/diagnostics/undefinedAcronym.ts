// Acronyms neither the glossaries nor the document define: one finding at each one's first use, with a fix that adds it to the user glossary.
import type { Report } from '../../model';
import type { Glossary } from '../../glossary/glossary';
import { acronymIndex } from '../acronymIndex';
import { documentDefinitions } from '../documentDefinitions';
import type { Finding } from './types';

export function undefinedAcronym(report: Report, glossary: Glossary): Finding[] {
  const defined = documentDefinitions(report);
  const out: Finding[] = [];
  for (const [key, use] of acronymIndex(report).uses) {
    const t = use.first;
    if (defined.has(key) || glossary.knows(t.base)) continue;
    out.push({
      code: 'undefined-acronym',
      range: { start: { line: t.line, character: t.start }, end: { line: t.line, character: t.start + t.base.length } },
      message: `"${t.base}" is not in the glossary and this report does not define it. Add it to your glossary so that its hover explains it.`,
      data: { fix: 'add-to-glossary', term: t.base },
    });
  }
  return out;
}
