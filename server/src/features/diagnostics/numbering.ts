// Numbering rules: recommendations out of sequence or repeated, citing no paragraph, or citing a paragraph another one cites.
import type { Report } from '../../model';
import { formatNumbers } from '../ranges';
import type { Finding } from './types';

export function outOfSequence(report: Report): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<number, number>();
  let previous: number | undefined;
  for (const rec of report.recommendations) {
    const first = seen.get(rec.number);
    if (first !== undefined) {
      out.push({
        code: 'duplicate-number',
        range: rec.numberRange,
        message: `There is already a recommendation ${rec.number} (line ${first + 1}). Renumber one of them so references to it are not ambiguous.`,
        related: [{ range: report.recommendations.find((r) => r.number === rec.number)!.numberRange, message: `The first recommendation ${rec.number}` }],
      });
    } else {
      seen.set(rec.number, rec.numberRange.start.line);
      if (previous !== undefined && rec.number !== previous + 1) {
        out.push({
          code: 'out-of-sequence',
          range: rec.numberRange,
          message: `Recommendation ${rec.number} is out of sequence: it follows recommendation ${previous}, so ${previous + 1} was expected. Check for a missing or mistyped number.`,
        });
      }
    }
    previous = rec.number;
  }
  return out;
}

export function noParagraph(report: Report): Finding[] {
  return report.recommendations
    .filter((rec) => rec.paragraphs.length === 0)
    .map((rec) => ({
      code: 'no-paragraph' as const,
      range: rec.numberRange,
      message: `Recommendation ${rec.number} cites no paragraph of the Committee's report. Add its citation, such as "(Paragraph 12)", so that its response can be matched to it.`,
    }));
}

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
    for (const i of recs.slice(1)) {
      const rec = report.recommendations[i];
      const citation = rec.citations.find((c) => c.paragraph === paragraph)!;
      out.push({
        code: 'duplicate-paragraph',
        range: citation.range,
        message: `Recommendations ${formatNumbers(numbers)} ${numbers.length === 2 ? "both" : "all"} cite Paragraph ${paragraph}. Check which paragraph each one comes from: a response to Paragraph ${paragraph} cannot tell them apart.`,
        related: recs
          .filter((j) => j !== i)
          .map((j) => ({ range: report.recommendations[j].range, message: `Recommendation ${report.recommendations[j].number} also cites Paragraph ${paragraph}` })),
      });
    }
  }
  return out;
}
