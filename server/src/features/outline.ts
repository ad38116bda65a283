// Document symbols: sections → recommendations (or groups of recommendations answered together) → responses.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { shortTitleOf, withoutTrailingCitation, type Group, type Range, type Recommendation, type Report, type Response, type Section } from '../model';
import { formatNumbers } from './ranges';
import { DEFAULT_SETTINGS, type ReportSettings } from './settings';

export function recommendationName(rec: Recommendation, words: number): string {
  return `${rec.number}. ${shortTitleOf(withoutTrailingCitation(rec.text), words)}`;
}

export function paragraphLabel(paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return 'no paragraph cited';
  return `${paragraphs.length > 1 ? 'Paragraphs' : 'Paragraph'} ${formatNumbers(paragraphs)}`;
}

function recommendationDetail(report: Report, rec: Recommendation): string {
  const answered = rec.responses.length > 0 ? 'answered' : 'no response';
  const grouped = report.groups[rec.group]?.recommendations.length > 1 ? ' · answered with others' : '';
  return `${paragraphLabel(rec.paragraphs)} · ${answered}${grouped}`;
}

export function responseName(report: Report, response: Response): string {
  if (response.kind === 'plain') {
    const numbers = response.answers.map((r) => report.recommendations[r].number);
    return numbers.length ? `Response to ${numbers.length > 1 ? 'recommendations' : 'recommendation'} ${formatNumbers(numbers)}` : 'Response';
  }
  return report.lines[response.headingRange!.start.line].trim().replace(/\*\*/g, '').slice(0, 100);
}

function responseDetail(report: Report, response: Response): string {
  const parts: string[] = [];
  if (response.miscitation) {
    const meant = response.miscitation.intended;
    parts.push(`cites Paragraph ${response.miscitation.cited}${meant !== undefined ? `, meant ${meant}` : ', which no recommendation cites'}`);
  }
  if (response.jointWith !== undefined) {
    const other = report.responses[response.jointWith];
    parts.push(`answered jointly with ${paragraphLabel(other.citations.map((c) => c.paragraph))}`);
  }
  if (response.kind !== 'plain') {
    const numbers = response.answers.map((r) => report.recommendations[r].number);
    parts.push(numbers.length ? `answers ${formatNumbers(numbers)}` : 'answers no recommendation');
  }
  return parts.join(' · ');
}

function firstLineOf(report: Report, range: Range): Range {
  const line = range.start.line;
  return { start: range.start, end: { line, character: report.lines[line]?.length ?? range.start.character } };
}

function responseSymbol(report: Report, index: number): DocumentSymbol {
  const response = report.responses[index];
  return {
    name: responseName(report, response),
    detail: responseDetail(report, response),
    kind: SymbolKind.String,
    range: response.range,
    selectionRange: response.headingRange ?? firstLineOf(report, response.range),
  };
}

function recommendationSymbol(report: Report, recIndex: number, words: number, withResponses: boolean): DocumentSymbol {
  const rec = report.recommendations[recIndex];
  const group = report.groups[rec.group];
  const children = withResponses ? group.responses.map((r) => responseSymbol(report, r)) : [];
  return {
    name: recommendationName(rec, words),
    detail: recommendationDetail(report, rec),
    kind: SymbolKind.Event,
    range: withResponses ? group.range : rec.range,
    selectionRange: rec.numberRange,
    children,
  };
}

function groupSymbol(report: Report, group: Group, words: number): DocumentSymbol {
  if (group.recommendations.length === 1) return recommendationSymbol(report, group.recommendations[0], words, true);
  const numbers = group.recommendations.map((r) => report.recommendations[r].number);
  const first = report.recommendations[group.recommendations[0]];
  const answered = group.recommendations.filter((r) => report.recommendations[r].responses.length > 0).length;
  return {
    name: `Recommendations ${formatNumbers(numbers)}`,
    detail: `${answered} of ${numbers.length} answered`,
    kind: SymbolKind.Package,
    range: group.range,
    selectionRange: first?.numberRange ?? group.range,
    children: [
      ...group.recommendations.map((r) => recommendationSymbol(report, r, words, false)),
      ...group.responses.map((r) => responseSymbol(report, r)),
    ],
  };
}

function sectionSymbol(report: Report, section: Section, words: number): DocumentSymbol {
  const children = section.children.map((c) => sectionSymbol(report, c, words));
  if (section.kind === 'recommendations') {
    for (const g of report.groups) children.push(groupSymbol(report, g, words));
  }
  const detail = section.kind === 'recommendations' ? `${report.recommendations.length} recommendations` : '';
  return {
    name: section.title || 'Untitled section',
    detail,
    kind: section.kind === 'title' ? SymbolKind.File : SymbolKind.Namespace,
    range: section.range,
    selectionRange: section.selectionRange,
    children,
  };
}

export function documentSymbols(report: Report, settings: ReportSettings = DEFAULT_SETTINGS): DocumentSymbol[] {
  const words = settings.outline.shortTitleWords;
  return report.sections.map((s) => sectionSymbol(report, s, words));
}
