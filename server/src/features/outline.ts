// Document symbols: sections → recommendations (or groups of recommendations answered together) → responses.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { recommendationTitle, type Annotation, type Group, type Range, type Recommendation, type Report, type Response, type Section } from '../model';
import { annotationsByRecommendation, openTodos } from './annotations';
import { stanceLabel, stances } from './stance';
import { formatNumbers } from './ranges';
import { DEFAULT_SETTINGS, type ReportSettings } from './settings';

/** "12. The Department should …": the number and the first `words` words, read from the first lines only. */
export function recommendationName(report: Report, rec: Recommendation, words: number): string {
  return `${rec.number}. ${recommendationTitle(report, rec, words)}`;
}

export function paragraphLabel(paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return 'no paragraph cited';
  return `${paragraphs.length > 1 ? 'Paragraphs' : 'Paragraph'} ${formatNumbers(paragraphs)}`;
}

function recommendationDetail(report: Report, recIndex: number): string {
  const rec = report.recommendations[recIndex];
  const parts = [paragraphLabel(rec.paragraphs)];
  if (!rec.responses.length) parts.push('no response');
  else parts.push(`answered (${stanceLabel(stances(report)[recIndex])})`);
  const todos = openTodos(annotationsByRecommendation(report)[recIndex]).length;
  if (todos) parts.push(`${todos} to-do${todos === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

const ANNOTATION_LABEL: Record<string, string> = { note: 'Note', stance: 'Stance', tags: 'Tags', todo: 'To-do', done: 'Done', ignore: 'Ignore' };

function annotationSymbol(report: Report, a: Annotation): DocumentSymbol {
  const target = a.target !== undefined ? ` [${a.target}]` : '';
  const value = a.value.length > 60 ? a.value.slice(0, 59) + '…' : a.value;
  return {
    name: `${ANNOTATION_LABEL[a.kind]}${target}: ${value || '(empty)'}`,
    detail: a.recommendation !== undefined ? `on recommendation ${report.recommendations[a.recommendation].number}` : '',
    kind: a.kind === 'todo' ? SymbolKind.Boolean : SymbolKind.Field,
    range: a.range,
    selectionRange: a.range,
  };
}

function containsLine(range: Range, line: number): boolean {
  return range.start.line <= line && line <= range.end.line;
}

/** Puts each annotation under the deepest symbol whose range holds its line, else at the end of `parents`. */
function placeAnnotations(report: Report, parents: DocumentSymbol[], annotations: readonly Annotation[], fallback: DocumentSymbol[]): void {
  for (const a of annotations) {
    let list = fallback;
    let candidates = parents;
    for (;;) {
      const holder = candidates.find((s) => s.kind !== SymbolKind.Field && s.kind !== SymbolKind.Boolean && containsLine(s.range, a.line));
      if (!holder) break;
      holder.children ??= [];
      list = holder.children;
      candidates = holder.children;
    }
    list.push(annotationSymbol(report, a));
    list.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
  }
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
    name: recommendationName(report, rec, words),
    detail: recommendationDetail(report, recIndex),
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
  const inside = report.annotations.filter((a) => containsLine(section.range, a.line) && !section.children.some((c) => containsLine(c.range, a.line)));
  placeAnnotations(report, children, inside, children);
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
  const top = report.sections.map((s) => sectionSymbol(report, s, words));
  // Annotations outside every section (before the first, in an empty document) still show.
  const loose = report.annotations.filter((a) => !report.sections.some((s) => containsLine(s.range, a.line)));
  placeAnnotations(report, [], loose, top);
  return top;
}
