// A report at a glance, for the views across a workspace: the Recommendations view's tree (every recommendation
// with its stance and annotations) and the tracker's row (title, committee, dates, days taken, counts by stance).
import { commitmentStatuses, findCommitments, isoDay, type CommitmentState } from './commitments';
import type { CommitmentCounts } from './commitmentCounts';
import { clock } from './clock';
import { recLabel, recommendationTitle, type Report } from '../model';
import { annotationsByRecommendation, openTodos, tagsOf } from './annotations';
import { addMonths, DAY_MS, responseDates } from './dates';
import { stances } from './stance';
import { cutAtWord } from './sentences';
import { isCommitteesOwnReport } from './originalReport';
import type { ShownStance } from './stanceNames';
import { isAnswered } from './responseText';

export type { ShownStance } from './stanceNames';

export interface AnnotationItem {
  kind: string;
  value: string;
  line: number;
}

export interface RecommendationItem {
  number: number;
  label: string;
  title: string;
  stance: ShownStance;
  /** True when the stance is the user's `@stance:`, not inferred. */
  yours: boolean;
  /** The words that decided an inferred stance. */
  phrase?: string;
  answered: boolean;
  /** The report part (in a paper answering several reports) it belongs to. */
  part?: string;
  tags: string[];
  openTodos: number;
  annotations: AnnotationItem[];
  /** 0-based line of the recommendation's number. */
  line: number;
}

export interface ReportOverview {
  title: string;
  committee?: string;
  published?: string;
  received?: string;
  /** Days from publication to the response, when both dates are given. */
  daysTaken?: number;
  /** True when the response came later than the norm (`normMonths` after publication). */
  late?: boolean;
  recommendations: number;
  unanswered: number;
  openTodos: number;
  /** How many recommendations have each stance (the user's, else the inferred one). */
  counts: Partial<Record<ShownStance, number>>;
  /** The report parts' titles, for a paper answering several reports. */
  parts: string[];
  /** Its commitments, and how many are due (not yet past their date), overdue, kept and missed today. */
  commitments: CommitmentCounts;
}


/** Words of a report's name that follow a committee's on a title line ("Select Committee on Defence First Special Report"). */
const REPORT_WORD = String.raw`(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\w+teenth|\w+tieth|Special|Report|Session)\b`;
const COMMITTEE = new RegExp(
  String.raw`^(?:\*\*)?(?:The\s+)?((?:[A-Z][\w’'&-]*\s+)*(?:Committee|Commission)(?:\s+(?:of|on|for)(?:\s+(?:the\s+)?(?!${REPORT_WORD})[A-Z][\w’'&-]*)+)?)(?:\*\*)?\s*$`,
);
/** The words after "Committee" that name it: "of Public Accounts", "on Human Rights", "on Defence" (not "First Special Report"). */
const NAME_AFTER = new RegExp(String.raw`^\s+((?:of|on|for)(?:\s+the)?(?:\s+(?:(?!${REPORT_WORD})\p{Lu}[\p{L}’'-]*|and))+)`, 'u');

/** Words a committee's name is made of, walking back from "Committee": capitalised words, "and", "&", "of". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}’'-]*,?|and|&|of)$/u;
/** Words that stand before a committee's name without being part of it ("Government Response to the …"). */
const NOT_OF_THE_NAME = new Set(['the', 'a', 'an', 'government', "government's", 'government’s', 'response', 'responses', 'to', 'report', 'reports', 'on', 'of', 'from', 'by', 'for', 'and', '&', 'ministerial', 'select']);

/**
 * The committee a front matter names in its running text or its title, broken across lines or not: "the Health and
 * Social Care Committee's report", "Government Response to the House of Lords Built Environment Committee Report".
 * The name is the capitalised words before "Committee" (with "and", "&", "of"), without the words of the title
 * before it; a bare "Joint Committee" or "Committee" takes the words after it ("Joint Committee on Human Rights").
 */
function committeeInText(text: string): string | undefined {
  for (const m of text.matchAll(/\bCommittee\b/g)) {
    const before = text.slice(Math.max(0, m.index - 160), m.index).split(/\s+/).filter(Boolean);
    let from = before.length;
    while (from > 0 && before.length - from < 10 && NAME_WORD.test(before[from - 1])) from--;
    let words = before.slice(from);
    while (words.length && NOT_OF_THE_NAME.has(words[0].toLowerCase())) words = words.slice(1);
    // "Select Committee on Defence", "Joint Committee on Human Rights": named by the words after.
    const kind = /^(?:Select|Joint)$/.test(before[before.length - 1] ?? '') ? before[before.length - 1] : undefined;
    if (words.length && !(words.length === 1 && words[0] === kind)) return [...words, 'Committee'].join(' ');
    const after = NAME_AFTER.exec(text.slice(m.index + 9, m.index + 160));
    if (after) return [kind, 'Committee', after[1].replace(/\s+and$/, '')].filter(Boolean).join(' ').replace(/\s+/g, ' ');
  }
  return undefined;
}

/**
 * The committee: named on a line of its own before the recommendations ("Education Committee", "Committee of Public
 * Accounts"), else in the front matter's title or running text.
 */
function committeeOf(report: Report): string | undefined {
  const end = Math.min(report.recommendations[0]?.range.start.line ?? report.lineCount, 200);
  for (let line = 0; line < end; line++) {
    const m = COMMITTEE.exec(report.lines[line].trim().replace(/^#+\s*/, ''));
    if (m && m[1].split(/\s+/).length <= 8) return m[1];
  }
  const furniture = new Set(report.furniture);
  const front: string[] = [];
  for (let line = 0; line < end; line++) if (!furniture.has(line)) front.push(report.lines[line].trim().replace(/^#+\s*/, '').replace(/\*\*/g, ''));
  return committeeInText(front.join(' '));
}

function titleOf(report: Report, fallback: string): string {
  // A page's own title, its "# " heading, before the department's name or a caption above it.
  const recsStart = report.recommendations[0]?.range.start.line ?? report.lineCount;
  for (let line = 0; line < Math.min(recsStart, 40); line++) {
    const h1 = /^#\s+(.{3,200})$/.exec(report.lines[line].trim());
    if (h1) return h1[1].replace(/\*\*/g, '').trim();
  }
  const title = report.sections.find((s) => s.kind === 'title')?.title;
  if (title) return title;
  const first = report.lines.find((l) => l.trim() && !l.startsWith('@'));
  return first ? cutAtWord(first.trim().replace(/^#+\s*/, ''), 200) : fallback;
}

export function recommendationItems(report: Report): RecommendationItem[] {
  const all = stances(report);
  const notes = annotationsByRecommendation(report);
  return report.recommendations.map((rec, i) => {
    const mine = notes[i];
    return {
      number: rec.number,
      label: recLabel(rec),
      // Short, so that the stance beside it in the view stays in sight.
      title: recommendationTitle(report, rec, 7),
      stance: all[i].user ?? all[i].inferred.stance,
      yours: all[i].user !== undefined,
      ...(all[i].user === undefined && all[i].inferred.phrase ? { phrase: all[i].inferred.phrase } : {}),
      answered: isAnswered(report, rec),
      ...(rec.part !== undefined ? { part: report.parts[rec.part].title } : {}),
      tags: tagsOf(mine),
      openTodos: openTodos(mine).length,
      annotations: mine.map((a) => ({ kind: a.kind, value: a.value, line: a.line })),
      line: rec.numberRange.start.line,
    };
  });
}

export function reportOverview(report: Report, fallbackTitle: string, normMonths: number, items = recommendationItems(report)): ReportOverview {
  const counts: Partial<Record<ShownStance, number>> = {};
  for (const item of items) counts[item.stance] = (counts[item.stance] ?? 0) + 1;
  const { published, received } = responseDates(report);
  const committee = committeeOf(report);
  // Days are counted between two whole dates; a response dated by its month alone ("March 2026") is late only when
  // its month's first day is.
  const timed = published && received && received.time > published.time;
  const exact = timed && !received.monthOnly;
  return {
    title: titleOf(report, fallbackTitle),
    ...(committee ? { committee } : {}),
    ...(published ? { published: published.text } : {}),
    ...(received ? { received: received.text } : {}),
    ...(exact ? { daysTaken: Math.round((received.time - published.time) / DAY_MS) } : {}),
    ...(timed ? { late: received.time > addMonths(published.time, normMonths) } : {}),
    recommendations: items.length,
    unanswered: items.filter((r) => !r.answered).length,
    openTodos: items.reduce((n, r) => n + r.openTodos, 0),
    counts,
    parts: report.parts.map((p) => p.title),
    commitments: commitmentCounts(report),
  };
}

/** A report's name from its URI: the file's name, decoded. */
export function displayName(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** One report as the Recommendations view and the tracker show it. */
export interface WorkspaceReport {
  uri: string;
  /** The file's name, for a report with no title of its own. */
  name: string;
  overview: ReportOverview;
  recommendations: RecommendationItem[];
  /** Its commitments, for the Commitments view. */
  commitments: CommitmentItem[];
}

export interface CommitmentItem {
  who: string;
  action: string;
  sentence: string;
  /** The recommendations its response answers, by number. */
  recommendations: number[];
  /** The date's words ("Autumn 2020") and its last due day ("2020-11-30"); both empty without a date. */
  due: string;
  dueBy: string;
  state: CommitmentState;
  /** What the settling annotation says. */
  said?: string;
  /** Where its date (or its sentence) is. */
  line: number;
  character: number;
}

/** What the views show of a report; undefined for the Committee's own report (the views are of the Government's responses). */
export function workspaceReport(uri: string, report: Report, normMonths: number): WorkspaceReport | undefined {
  if (isCommitteesOwnReport(report)) return undefined;
  const recommendations = recommendationItems(report);
  const name = displayName(uri);
  return { uri, name, overview: reportOverview(report, name, normMonths, recommendations), recommendations, commitments: commitmentItems(report) };
}

function commitmentCounts(report: Report): CommitmentCounts {
  const out: CommitmentCounts = { total: 0, due: 0, overdue: 0, kept: 0, missed: 0 };
  for (const s of commitmentStatuses(report, clock.now())) {
    out.total++;
    if (s.state === 'due' || s.state === 'progress') out.due++;
    else if (s.state === 'overdue') out.overdue++;
    else if (s.state === 'kept') out.kept++;
    else if (s.state === 'missed') out.missed++;
  }
  return out;
}


function commitmentItems(report: Report): CommitmentItem[] {
  const now = clock.now();
  const statuses = commitmentStatuses(report, now);
  return findCommitments(report, now).map((c, i) => ({
    who: c.who,
    action: c.action,
    sentence: c.sentence,
    recommendations: c.recommendations.map((r) => report.recommendations[r].number),
    due: c.due?.text ?? '',
    dueBy: c.due ? isoDay(c.due.to) : '',
    state: statuses[i].state,
    ...(statuses[i].said ? { said: statuses[i].said } : {}),
    line: c.range.start.line,
    character: c.range.start.character,
  }));
}
