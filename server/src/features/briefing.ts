// The briefing export: one row per recommendation, as a Markdown table, CSV or JSON, each row linking back to its line.
import { commitmentsByRecommendation, isoDay } from './commitments';
import { clock } from './clock';
import { recLabel, recommendationTitle, type Report } from '../model';
import { csvCell, markdownText } from './inert';
import { annotationsByRecommendation, openTodos, tagsOf } from './annotations';
import { firstSentences, inBrief } from './sentences';
import { paragraphLabel } from './outline';
import { responseBodyText } from './responseText';
import { stances } from './stance';

export type BriefingFormat = 'md' | 'csv' | 'json';
export const BRIEFING_FORMATS: readonly BriefingFormat[] = ['md', 'csv', 'json'];

export interface BriefingRow {
  number: number;
  /** The label as a reader names it, where it is not the number ("2a"). */
  label?: string;
  /** The report answered, in a paper that answers several. */
  report?: string;
  /** "Target implementation date: March 2026" from the response. */
  targetDate?: string;
  paragraphs: number[];
  title: string;
  inferredStance: string;
  inferredFrom: string;
  userStance: string;
  /** The response's opening words (its first sentences), as written. */
  response: string;
  /** The response for a reader in a hurry: the sentence that decides it first, then its opening for context. */
  brief: string;
  notes: string[];
  tags: string[];
  todos: string[];
  line: number;
  link: string;
  /** How many commitments the recommendation's responses make, and the earliest due day of those with one ("2020-11-30"). */
  commitments: number;
  earliestDue: string;
}

export function briefingRows(report: Report, uri: string): BriefingRow[] {
  const all = stances(report);
  const notes = annotationsByRecommendation(report);
  const promised = commitmentsByRecommendation(report, clock.now());
  return report.recommendations.map((rec, i) => {
    const text = rec.responses.map((r) => responseBodyText(report, r)).join(' ');
    const mine = notes[i];
    const label = recLabel(rec);
    const targetDate = rec.responses.map((r) => report.responses[r].targetDate?.text).find((t) => t);
    return {
      number: rec.number,
      ...(label !== String(rec.number) ? { label } : {}),
      ...(rec.part !== undefined ? { report: report.parts[rec.part].title } : {}),
      ...(targetDate ? { targetDate } : {}),
      paragraphs: rec.paragraphs,
      title: recommendationTitle(report, rec, 12),
      inferredStance: all[i].inferred.stance,
      inferredFrom: all[i].inferred.phrase ?? '',
      userStance: all[i].user ?? '',
      response: text ? firstSentences(text, 2, 300) : '',
      brief: text ? inBrief(text, all[i].inferred.phrase, 300) : '',
      notes: mine.filter((a) => a.kind === 'note').map((a) => a.value),
      tags: tagsOf(mine),
      todos: openTodos(mine).map((a) => a.value),
      line: rec.range.start.line + 1,
      link: `${uri}#L${rec.range.start.line + 1}`,
      commitments: promised[i].count,
      earliestDue: promised[i].earliest !== undefined ? isoDay(promised[i].earliest!) : '',
    };
  });
}

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

export function formatBriefing(report: Report, uri: string, name: string, format: BriefingFormat): string {
  const rows = briefingRows(report, uri);
  if (format === 'csv') return csv(rows);
  if (format === 'json') return JSON.stringify({ report: name, recommendations: rows }, null, 2) + '\n';
  return markdown(rows, name);
}
