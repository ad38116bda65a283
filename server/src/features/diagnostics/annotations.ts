// Annotation rules: a stance value that is not one of the six, and an explicit target that names no recommendation.
import type { Report } from '../../model';
import { STANCE_VALUES, isStanceValue } from '../stance';
import type { Finding } from './types';

export function badStance(report: Report): Finding[] {
  const out: Finding[] = [];
  for (const a of report.annotations) {
    if (a.kind !== 'stance' || isStanceValue(a.value.toLowerCase())) continue;
    const line = report.lines[a.line];
    const start = line.indexOf(':') + 1 + (line[line.indexOf(':') + 1] === ' ' ? 1 : 0);
    const range = { start: { line: a.line, character: start }, end: { line: a.line, character: line.trimEnd().length } };
    out.push({
      code: 'bad-stance',
      range,
      message: `"${a.value}" is not a stance. Use one of: ${STANCE_VALUES.join(', ')}.`,
      data: { fix: 'stance', range, values: [...STANCE_VALUES] },
    });
  }
  return out;
}

export function unknownTarget(report: Report): Finding[] {
  return [...unknownTargetInBrackets(report), ...unknownAnswers(report)];
}

/** "@answers: 4, 9" where no recommendation 9 is in the report: that part of the correction does nothing. */
function unknownAnswers(report: Report): Finding[] {
  const out: Finding[] = [];
  const labels = new Set(report.recommendations.flatMap((r) => [String(r.number), r.label.toLowerCase()]));
  for (const a of report.annotations) {
    if (a.kind !== 'answers') continue;
    const missing = (a.value.match(/\d{1,4}[a-z]?/gi) ?? []).filter((n) => !labels.has(n.toLowerCase()));
    if (!missing.length) continue;
    const line = report.lines[a.line];
    out.push({
      code: 'unknown-target',
      range: { start: { line: a.line, character: 0 }, end: { line: a.line, character: line.trimEnd().length } },
      message: `${missing.length > 1 ? 'Recommendations' : 'Recommendation'} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in this report, so this line reads nothing as ${missing.length > 1 ? 'their' : 'its'} response. Write the number of a recommendation of this report.`,
    });
  }
  return out;
}

function unknownTargetInBrackets(report: Report): Finding[] {
  return report.annotations
    .filter((a) => a.unresolvedTarget)
    .map((a) => {
      const line = report.lines[a.line];
      const open = line.indexOf('[');
      return {
        code: 'unknown-target' as const,
        range: { start: { line: a.line, character: open }, end: { line: a.line, character: line.indexOf(']') + 1 } },
        message: `"${a.target}" names no recommendation in this report. Write the number of a recommendation, such as [R12], or a cited paragraph, such as [Paragraph 34].`,
      };
    });
}
