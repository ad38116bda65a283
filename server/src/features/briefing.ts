// The briefing export: one row per recommendation, as a Markdown table, CSV or JSON, each row linking back to its line.
import type { Report } from '../model';
import { annotationsByRecommendation, openTodos, tagsOf } from './annotations';
import { firstSentences } from './markdown';
import { paragraphLabel, recommendationName } from './outline';
import { responseBodyText } from './responseText';
import { stances } from './stance';

export type BriefingFormat = 'md' | 'csv' | 'json';
export const BRIEFING_FORMATS: readonly BriefingFormat[] = ['md', 'csv', 'json'];

export interface BriefingRow {
  number: number;
  paragraphs: number[];
  title: string;
  inferredStance: string;
  inferredFrom: string;
  userStance: string;
  response: string;
  notes: string[];
  tags: string[];
  todos: string[];
  line: number;
  link: string;
}

export function briefingRows(report: Report, uri: string): BriefingRow[] {
  const all = stances(report);
  const notes = annotationsByRecommendation(report);
  return report.recommendations.map((rec, i) => {
    const text = rec.responses.map((r) => responseBodyText(report, r)).join(' ');
    const mine = notes[i];
    return {
      number: rec.number,
      paragraphs: rec.paragraphs,
      title: recommendationName(report, rec, 12).replace(/^\d+\.\s*/, ''),
      inferredStance: all[i].inferred.stance,
      inferredFrom: all[i].inferred.phrase ?? '',
      userStance: all[i].user ?? '',
      response: text ? firstSentences(text, 2, 300) : '',
      notes: mine.filter((a) => a.kind === 'note').map((a) => a.value),
      tags: tagsOf(mine),
      todos: openTodos(mine).map((a) => a.value),
      line: rec.range.start.line + 1,
      link: `${uri}#L${rec.range.start.line + 1}`,
    };
  });
}

function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function markdown(rows: readonly BriefingRow[], name: string): string {
  const head = '| Rec | Paragraph | Title | Inferred stance | Your stance | Response | Notes | Tags | To-dos |';
  const rule = '| --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const body = rows.map((r) =>
    [
      `[${r.number}](${r.link})`,
      paragraphLabel(r.paragraphs).replace(/^Paragraphs? /, ''),
      r.title,
      r.inferredStance,
      r.userStance,
      r.response,
      r.notes.join('; '),
      r.tags.join(', '),
      r.todos.join('; '),
    ]
      .map((c, i) => (i === 0 ? c : mdCell(c)))
      .join(' | '),
  );
  return [`# Briefing: ${mdCell(name)}`, '', head, rule, ...body.map((b) => `| ${b} |`), ''].join('\n');
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows: readonly BriefingRow[]): string {
  const head = ['number', 'paragraph', 'title', 'inferred_stance', 'inferred_from', 'your_stance', 'response', 'notes', 'tags', 'todos', 'line', 'link'];
  const lines = rows.map((r) =>
    [String(r.number), r.paragraphs.join(' '), r.title, r.inferredStance, r.inferredFrom, r.userStance, r.response, r.notes.join('; '), r.tags.join(', '), r.todos.join('; '), String(r.line), r.link]
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
