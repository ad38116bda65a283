// The outline as indented plain text, for the command-line tool.
import type { Report, Section } from '../model';
import { chapterHeadings, chapterTitle, paragraphLabel, recommendationName, responseName } from './outline';
import { DEFAULT_SETTINGS, type ReportSettings } from './settings';
import { layoutSummary, recommendationShapes } from './layouts';
import { isAnswered } from './responseText';

function lineLabel(line: number): string {
  return `line ${line + 1}`;
}

function whereAnswered(report: Report, recIndex: number): string {
  const rec = report.recommendations[recIndex];
  if (rec.responses.length === 0) return 'no response';
  if (!isAnswered(report, rec)) return `no response yet under ${rec.responses.map((i) => `line ${report.responses[i].range.start.line + 1}`).join(', ')}`;
  return rec.responses
    .map((i) => {
      const r = report.responses[i];
      const shared = r.answers.length > 1 ? ', shared' : '';
      const joint = r.jointWith !== undefined ? `, jointly with ${lineLabel(report.responses[r.jointWith].range.start.line)}` : '';
      return `answered at ${lineLabel(r.range.start.line)} (${responseName(report, r)}${shared}${joint})`;
    })
    .join('; ');
}

function sectionLines(report: Report, section: Section, depth: number, words: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  out.push(`${pad}${section.title || 'Untitled section'} (${lineLabel(section.selectionRange.start.line)})`);
  for (const child of section.children) sectionLines(report, child, depth + 1, words, out);
  if (section.kind !== 'recommendations') return;
  let part: number | undefined;
  // Each chapter the recommendations run through is shown beside the first, as in the outline.
  const chapters = chapterHeadings(report, section);
  let chapter = 0;
  report.recommendations.forEach((rec, i) => {
    for (; chapter < chapters.length && chapters[chapter] < rec.range.start.line; chapter++) out.push(`${pad}${chapterTitle(report, chapters[chapter])} (${lineLabel(chapters[chapter])})`);
    if (rec.part !== undefined && rec.part !== part) {
      part = rec.part;
      out.push(`${pad}  ${report.parts[part].title} (${lineLabel(report.parts[part].selectionRange.start.line)})`);
    }
    const inPart = rec.part !== undefined ? '  ' : '';
    const target = rec.responses.map((r) => report.responses[r].targetDate?.text).find((t) => t);
    out.push(
      `${pad}  ${inPart}${recommendationName(report, rec, words)} [${paragraphLabel(rec.paragraphs)}, ${lineLabel(rec.range.start.line)}] → ${whereAnswered(report, i)}${target ? ` · target date ${target}` : ''}`,
    );
  });
}

export function outlineText(report: Report, settings: ReportSettings = DEFAULT_SETTINGS): string {
  const out: string[] = [];
  const layouts = layoutSummary(report);
  out.push(layouts ? `Read as: ${layouts}.` : `No recommendations recognised. Looked for: ${recommendationShapes()}.`);
  out.push('');
  for (const s of report.sections) sectionLines(report, s, 0, settings.outline.shortTitleWords, out);
  const answered = report.recommendations.filter((r) => isAnswered(report, r)).length;
  out.push('');
  out.push(`${report.recommendations.length} recommendations, ${answered} answered, ${report.recommendations.length - answered} without a response.`);
  return out.join('\n');
}
