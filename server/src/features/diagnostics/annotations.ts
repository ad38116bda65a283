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
