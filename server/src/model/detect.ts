// Decides whether a text has the shape of a Government Response: several recommendations in one of the layouts the
// rules read (numbered and citing "(Paragraph N)", "Recommendation 7" headings, "Recommendation 4: …", Treasury
// Minute items), or numbered ones that response headings answer.
import { isLabelledRule, isResponseHeading, matchLine } from './rules';
import { splitLines } from './paragraphs';

const NUMBERED_WITH_CITATION = /^ {0,3}(?:\*\*)?\d{1,4}\.(?:\*\*)?[ \t]*\S.*\(Para(?:graph)?s?\.?\s+\d/gim;
const CITATION_LINE = /^\s*\(Para(?:graph)?s?\.?\s+\d{1,4}[^)]*\)\s*$/gim;
const MIN_RECOMMENDATIONS = 3;
/** Detection reads at most this many characters: enough for dozens of recommendations, cheap on huge files. */
const SCAN_LIMIT = 2_000_000;

export function looksLikeReport(text: string): boolean {
  const sample = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  if (count(NUMBERED_WITH_CITATION) + count(CITATION_LINE) >= MIN_RECOMMENDATIONS) return true;
  let labelled = 0;
  let numbered = 0;
  let replies = 0;
  for (const line of splitLines(sample)) {
    const m = matchLine(line);
    if (isLabelledRule(m.rule)) labelled++;
    else if (m.kind === 'recommendation') numbered++;
    else if (isResponseHeading(m.kind)) replies++;
  }
  return labelled >= MIN_RECOMMENDATIONS || (labelled + numbered >= 2 && replies >= 2);
}
