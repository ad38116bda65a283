// The briefing of a report as text: Markdown, CSV and JSON, from its rows (briefing.ts). Apart from the model, so that
// the writers of exports (docx/index.ts, loaded on first use by the browser's server) carry only this.
import type { BriefingFormat, BriefingRow } from './briefing';
import { csvCell, markdownText } from './inert';
import { paragraphLabel } from './ranges';

const mdCell = markdownText;

/** The optional columns a report needs: the report answered and the target date, when any row has one. */
function extraColumns(rows: readonly BriefingRow[]): { report: boolean; target: boolean } {
  return { report: rows.some((r) => r.report), target: rows.some((r) => r.targetDate) };
}

function markdown(rows: readonly BriefingRow[], name: string): string {
  const extra = extraColumns(rows);
  const heads = ['Rec', ...(extra.report ? ['Report'] : []), 'Paragraph', 'Title', 'Inferred stance', 'Your stance', ...(extra.target ? ['Target date'] : []), 'Response (in brief)', 'Notes', 'Tags', 'To-dos', 'Commitments'];
  const head = `| ${heads.join(' | ')} |`;
  const rule = `| ${heads.map(() => '---').join(' | ')} |`;
  const body = rows.map((r) =>
    [
      `[${r.label ?? r.number}](${r.link})`,
      ...(extra.report ? [r.report ?? ''] : []),
      paragraphLabel(r.paragraphs).replace(/^Paragraphs? /, ''),
      r.title,
      r.inferredStance,
      r.userStance,
      ...(extra.target ? [r.targetDate ?? ''] : []),
      r.brief,
      r.notes.join('; '),
      r.tags.join(', '),
      r.todos.join('; '),
      r.commitments ? `${r.commitments}${r.earliestDue ? ` (earliest due ${r.earliestDue})` : ''}` : '',
    ]
      .map((c, i) => (i === 0 ? c : mdCell(c)))
      .join(' | '),
  );
  return [`# Briefing: ${mdCell(name)}`, '', head, rule, ...body.map((b) => `| ${b} |`), ''].join('\n');
}

function csv(rows: readonly BriefingRow[]): string {
  const extra = extraColumns(rows);
  const head = ['number', 'paragraph', 'title', 'inferred_stance', 'inferred_from', 'your_stance', 'response', 'notes', 'tags', 'todos', 'line', 'link', 'in_brief', 'commitments', 'earliest_due'];
  // Columns only some reports have go last, so that the others' columns stay where they are.
  if (extra.report) head.push('label', 'report');
  if (extra.target) head.push('target_date');
  const lines = rows.map((r) =>
    [
      String(r.number), r.paragraphs.join(' '), r.title, r.inferredStance, r.inferredFrom, r.userStance, r.response, r.notes.join('; '), r.tags.join(', '),
      r.todos.join('; '), String(r.line), r.link, r.brief, String(r.commitments), r.earliestDue,
      ...(extra.report ? [r.label ?? String(r.number), r.report ?? ''] : []),
      ...(extra.target ? [r.targetDate ?? ''] : []),
    ]
      .map(csvCell)
      .join(','),
  );
  return [head.join(','), ...lines].join('\r\n') + '\r\n';
}

/** The briefing's rows, of the report named `name`, as Markdown, CSV or JSON. */
export function briefingText(rows: readonly BriefingRow[], name: string, format: BriefingFormat): string {
  if (format === 'csv') return csv(rows);
  if (format === 'json') return JSON.stringify({ report: name, recommendations: rows }, null, 2) + '\n';
  return markdown(rows, name);
}
