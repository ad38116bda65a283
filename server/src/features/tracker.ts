// The tracker: one row per report of a workspace — title, committee, dates, days the response took against the
// norm, counts by stance, unanswered recommendations and open to-dos — as a Markdown table, CSV or JSON.
import { commitmentCountsText } from './commitmentCounts';
import type { ReportOverview, WorkspaceReport } from './overview';
import { csvCell, markdownText } from './inert';
import { STANCE_ORDER, type ShownStance } from './stanceNames';

export type TrackerFormat = 'md' | 'csv' | 'json';
export const TRACKER_FORMATS: readonly TrackerFormat[] = ['md', 'csv', 'json'];

/** A report's row: its overview's figures, with the text columns always present ('' when the report does not say). */
export interface TrackerRow
  extends Pick<ReportOverview, 'title' | 'daysTaken' | 'late' | 'recommendations' | 'unanswered' | 'openTodos' | 'counts' | 'commitments'> {
  uri: string;
  name: string;
  committee: string;
  published: string;
  received: string;
}

export function trackerRows(reports: readonly WorkspaceReport[]): TrackerRow[] {
  return reports.map((r) => ({
    uri: r.uri,
    name: r.name,
    title: r.overview.title,
    committee: r.overview.committee ?? '',
    published: r.overview.published ?? '',
    received: r.overview.received ?? '',
    ...(r.overview.daysTaken !== undefined ? { daysTaken: r.overview.daysTaken } : {}),
    ...(r.overview.late !== undefined ? { late: r.overview.late } : {}),
    recommendations: r.overview.recommendations,
    unanswered: r.overview.unanswered,
    openTodos: r.overview.openTodos,
    counts: r.overview.counts,
    commitments: r.overview.commitments,
  }));
}

/** "271 (late)", "45", "late" (a response dated by its month alone), or "" when a date is missing. */
export function daysText(row: TrackerRow): string {
  if (row.daysTaken === undefined) return row.late ? 'late' : '';
  return `${row.daysTaken}${row.late ? ' (late)' : ''}`;
}

/** "5 accepted, 8 rejected, 1 no response": every stance that has any, in the fixed order. */
export function countsText(counts: Partial<Record<ShownStance, number>>): string {
  return STANCE_ORDER.filter((s) => counts[s.stance])
    .map((s) => `${counts[s.stance]} ${s.label.toLowerCase()}`)
    .join(', ');
}

const mdCell = markdownText;


export function formatTracker(rows: readonly TrackerRow[], format: TrackerFormat, normMonths: number): string {
  if (format === 'json') return JSON.stringify({ normMonths, reports: rows }, null, 2) + '\n';
  if (format === 'csv') {
    const head = ['title', 'committee', 'published', 'response', 'days', 'late', 'recommendations', ...STANCE_ORDER.map((s) => s.stance), 'unanswered', 'open_todos', 'file', 'commitments', 'commitments_due', 'commitments_overdue', 'commitments_kept', 'commitments_missed'];
    const body = rows.map((r) =>
      [r.title, r.committee, r.published, r.received, r.daysTaken === undefined ? '' : String(r.daysTaken), r.late === undefined ? '' : String(r.late), String(r.recommendations),
        ...STANCE_ORDER.map((s) => String(r.counts[s.stance] ?? 0)), String(r.unanswered), String(r.openTodos), r.uri,
        ...[r.commitments?.total, r.commitments?.due, r.commitments?.overdue, r.commitments?.kept, r.commitments?.missed].map((n) => String(n ?? 0))]
        .map(csvCell)
        .join(','),
    );
    return [head.join(','), ...body].join('\r\n') + '\r\n';
  }
  const heads = ['Report', 'Committee', 'Published', 'Response', `Days (norm ${normMonths} months)`, 'Recommendations', 'Stances', 'Unanswered', 'Open to-dos', 'Commitments'];
  const body = rows.map((r) =>
    `| [${mdCell(r.title)}](${r.uri}) | ${[r.committee, r.published, r.received, daysText(r), String(r.recommendations), countsText(r.counts), String(r.unanswered), String(r.openTodos), commitmentCountsText(r.commitments)].map(mdCell).join(' | ')} |`,
  );
  return ['# Tracker', '', `| ${heads.join(' | ')} |`, `| ${heads.map(() => '---').join(' | ')} |`, ...body, ''].join('\n');
}
