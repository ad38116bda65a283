// Where the annotation and navigation commands go from the cursor, and the status-bar summary.
import type { Position, Report } from '../model';
import type { GoToResult } from './goTo';
import { recommendationAt } from './navIndex';
import { isAnswered } from './responseText';

/** Where "Add Note to Recommendation" inserts: after the recommendation and the annotation lines that follow it. */
export function notePosition(report: Report, pos: Position): { position: Position; recommendation: number } | { message: string } {
  const i = recommendationAt(report, pos);
  if (i === undefined) return { message: 'Put the cursor on a recommendation or its response to add a note to it.' };
  const rec = report.recommendations[i];
  let line = rec.range.end.line;
  while (line + 1 < report.lineCount && report.lines[line + 1].startsWith('@')) line++;
  return { position: { line, character: report.lines[line].length }, recommendation: rec.number };
}

function nextAfter<T>(items: readonly T[], lineOf: (t: T) => number, line: number): T | undefined {
  return items.find((t) => lineOf(t) > line) ?? items[0];
}

export function nextUnanswered(report: Report, pos: Position): GoToResult {
  const unanswered = report.recommendations.filter((r) => !isAnswered(report, r));
  const next = nextAfter(unanswered, (r) => r.range.start.line, pos.line);
  return next ? { range: next.numberRange } : { message: 'Every recommendation in this report has a response.' };
}

export function nextTodo(report: Report, pos: Position): GoToResult {
  const todos = report.annotations.filter((a) => a.kind === 'todo');
  const next = nextAfter(todos, (a) => a.line, pos.line);
  return next ? { range: next.range } : { message: 'There are no open to-dos in this report.' };
}

export interface Summary {
  recommendations: number;
  unanswered: number;
  todos: number;
}

export function summary(report: Report): Summary {
  return {
    recommendations: report.recommendations.length,
    unanswered: report.recommendations.filter((r) => !isAnswered(report, r)).length,
    todos: report.annotations.filter((a) => a.kind === 'todo').length,
  };
}
