// The briefing export: one row per recommendation, as a Markdown table, CSV or JSON, each row linking back to its line.
import { commitmentsByRecommendation, isoDay } from './commitments';
import { clock } from './clock';
import { recLabel, recommendationTitle, type Report } from '../model';
import { briefingText } from './briefingText';
import { annotationsByRecommendation, openTodos, tagsOf } from './annotations';
import { firstSentences, inBrief } from './sentences';
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
    const text = withoutEmphasis(rec.responses.map((r) => responseBodyText(report, r)).join(' '));
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
      inferredFrom: withoutEmphasis(all[i].inferred.phrase ?? ''),
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

/**
 * The words without Markdown's bold or italic markers about them ("**Funding** The plan will …" → "Funding The plan
 * will …"), as a report written in Markdown gives a heading inside a reply: the briefing is read as plain words in Word
 * or a spreadsheet. (Each run of bold is one line's at most, so that an unpaired marker strips nothing.)
 */
function withoutEmphasis(text: string): string {
  return text.indexOf('*') < 0 && text.indexOf('_') < 0 ? text : text.replace(BOLD, '$1$2').replace(ITALIC, '$1$2');
}
const BOLD = /\*\*([^*\n]{1,300}?)\*\*|__([^_\n]{1,300}?)__/g;
/**
 * Italics about whole sentences ("*The Government agrees. A plan will follow.*", "_Agreed._"), as a reply set in
 * italics gives them: not words in italics inside a sentence (a quotation's), a lone star or a name's underscore.
 */
const ITALIC = /(?<=^|[.!?]["”’']?\s)(?:\*(?=[^\s*])([^*\n]{1,300}?[.!?]["”’']?)\*|_(?=[^\s_])([^_\n]{1,300}?[.!?]["”’']?)_)(?=\s|$)/g;

/** The briefing of a report as Markdown, CSV or JSON (the command line's; the server's writes it from the rows it sends). */
export function formatBriefing(report: Report, uri: string, name: string, format: BriefingFormat): string {
  return briefingText(briefingRows(report, uri), name, format);
}
