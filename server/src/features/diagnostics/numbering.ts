// Numbering rules: recommendations out of sequence or repeated, citing no paragraph, or citing a paragraph another one cites.
import { recLabel, type Recommendation, type Report } from '../../model';
import { formatNumbers } from '../ranges';
import type { Finding } from './types';

/**
 * Each report part numbers its recommendations afresh (a paper answering several reports has a recommendation 1 in
 * each), and so does each chapter of a report whose numbering restarts (a recommendation 1 after a chapter's heading);
 * "1a", "1b" are one number with two labels: none of these is a duplicate or out of sequence. Nor is a numbering that
 * gives each of 1 … n once in another order: the replies were put in that order on purpose (those accepted first,
 * then those not), where a mistyped number would repeat one or leave a gap.
 */
export function outOfSequence(report: Report): Finding[] {
  const apart = conclusionsApart(report);
  if (!apart) return inSequence(report, report.recommendations);
  return [...inSequence(report, report.recommendations.filter((r) => !apart.has(r))), ...inSequence(report, [...apart])].sort((a, b) => a.range.start.line - b.range.start.line);
}

/** A label that names a conclusion: "Conclusion 1", "**Conclusion 3:** …". */
const CONCLUSION_LABEL = /^[ \t#>*_]*(?:(?:The )?Committee['’]s )?Conclusion[ \t]+\d/i;

/**
 * The recommendations labelled as conclusions, where a report numbers its conclusions apart from its recommendations
 * ("Conclusion 1", "Recommendation 1", "Conclusion 2", …: one number under both labels); undefined where it numbers
 * them together, or has only one kind.
 */
function conclusionsApart(report: Report): Set<Recommendation> | undefined {
  const conclusions = new Set<Recommendation>();
  // (Not a Treasury Minute's recommendation that its conclusion opens: "PAC conclusion 1:" over "PAC recommendation 1a:".)
  for (const rec of report.recommendations) if (!rec.conclusionRange && CONCLUSION_LABEL.test(report.lines[rec.range.start.line] ?? '')) conclusions.add(rec);
  if (!conclusions.size || conclusions.size === report.recommendations.length) return undefined;
  const numbers = new Set([...conclusions].map((r) => `${r.part}:${recLabel(r)}`));
  return report.recommendations.some((r) => !conclusions.has(r) && numbers.has(`${r.part}:${recLabel(r)}`)) ? conclusions : undefined;
}

/** Out of sequence or repeated among `recs`, one numbering. */
function inSequence(report: Report, recs: readonly Recommendation[]): Finding[] {
  const out: Finding[] = [];
  const reordered = isEachNumberOnce(recs);
  const seen = new Map<string, Recommendation>();
  let previous: Recommendation | undefined;
  for (const rec of recs) {
    if (previous && (previous.part !== rec.part || (rec.number === 1 && headingBetween(report, previous, rec)))) {
      seen.clear();
      previous = undefined;
    }
    const key = recLabel(rec).toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      out.push({
        code: 'duplicate-number',
        range: rec.numberRange,
        message: `There is already a recommendation ${recLabel(rec)} (line ${first.numberRange.start.line + 1}). Renumber one of them so references to it are not ambiguous.`,
        related: [{ range: first.numberRange, message: `The first recommendation ${recLabel(first)}` }],
      });
    } else {
      seen.set(key, rec);
      const sameNumber = previous !== undefined && rec.number === previous.number && rec.label !== previous.label;
      if (!reordered && previous !== undefined && rec.number !== previous.number + 1 && !sameNumber) {
        out.push({
          code: 'out-of-sequence',
          range: rec.numberRange,
          message: `Recommendation ${recLabel(rec)} is out of sequence: it follows recommendation ${recLabel(previous)}, so ${previous.number + 1} was expected. Check for a missing or mistyped number.`,
        });
      }
    }
    previous = rec;
  }
  return out;
}

/** True when the n recommendations are numbered 1 … n, each once, each labelled by its number alone. */
function isEachNumberOnce(recs: readonly Recommendation[]): boolean {
  const seen = new Set<number>();
  for (const rec of recs) {
    if (rec.number < 1 || rec.number > recs.length || seen.has(rec.number) || rec.label !== String(rec.number)) return false;
    seen.add(rec.number);
  }
  return true;
}

/** Whether a section's heading ("Chapter 3: Funding") stands between two recommendations. */
function headingBetween(report: Report, before: Recommendation, after: Recommendation): boolean {
  for (let p = before.paragraphIndex + 1; p < after.paragraphIndex; p++) if (report.paragraphs[p].rule === 'section-heading') return true;
  return false;
}

/** Only where the report cites paragraphs at all: many command papers number recommendations without citing any. */
export function noParagraph(report: Report): Finding[] {
  if (!report.recommendations.some((rec) => rec.paragraphs.length > 0)) return [];
  return report.recommendations
    .filter((rec) => rec.paragraphs.length === 0)
    .map((rec) => ({
      code: 'no-paragraph' as const,
      range: rec.numberRange,
      message: `Recommendation ${recLabel(rec)} cites no paragraph of the Committee's report. Add its citation, such as "(Paragraph 12)", so that its response can be matched to it.`,
    }));
}

/** How many items a message or its related list names at most: the rest are counted, so messages stay short. */
const LISTED = 8;

export function duplicateParagraph(report: Report): Finding[] {
  const byParagraph = new Map<number, number[]>();
  report.recommendations.forEach((rec, i) => {
    for (const p of rec.paragraphs) {
      const list = byParagraph.get(p);
      if (list) list.push(i);
      else byParagraph.set(p, [i]);
    }
  });
  const out: Finding[] = [];
  for (const [paragraph, recs] of byParagraph) {
    if (recs.length < 2) continue;
    const numbers = recs.map((i) => report.recommendations[i].number);
    const listed = formatNumbers(numbers, LISTED);
    // Worked out once per paragraph, not per recommendation: thousands may cite one paragraph.
    const named = new Set(numbers).size < numbers.length ? `${numbers.length} recommendations (numbered ${listed})` : `Recommendations ${listed}`;
    const firstFew = recs.slice(0, LISTED + 1);
    for (const i of recs.slice(1)) {
      const rec = report.recommendations[i];
      const citation = rec.citations.find((c) => c.paragraph === paragraph)!;
      out.push({
        code: 'duplicate-paragraph',
        range: citation.range,
        message: `${named} ${numbers.length === 2 ? "both" : "all"} cite Paragraph ${paragraph}. Check which paragraph each one comes from: a response to Paragraph ${paragraph} cannot tell them apart.`,
        related: firstFew
          .filter((j) => j !== i)
          .slice(0, LISTED)
          .map((j) => ({ range: report.recommendations[j].range, message: `Recommendation ${report.recommendations[j].number} also cites Paragraph ${paragraph}` })),
      });
    }
  }
  return out;
}
