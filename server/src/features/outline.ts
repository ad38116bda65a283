// Document symbols: sections → recommendations (or groups of recommendations answered together) → responses.
import { commitmentsByRecommendation, dayText } from './commitments';
import { clock } from './clock';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { recLabel, recommendationTitle, type Annotation, type Group, type Range, type Recommendation, type Report, type Response, type Section } from '../model';
import { annotationsByRecommendation, openTodos } from './annotations';
import { stanceLabel, stances } from './stance';
import { formatNumbers, paragraphLabel } from './ranges';

export { paragraphLabel };
import { layoutSummary } from './layouts';
import { cutAtWord } from './sentences';
import { DEFAULT_SETTINGS, type ReportSettings } from './settings';
import { isAnswered } from './responseText';

/** "12. The Department should …": the number and the first `words` words, read from the first lines only. */
export function recommendationName(report: Report, rec: Recommendation, words: number): string {
  return `${recLabel(rec)}. ${recommendationTitle(report, rec, words)}`;
}



/**
 * The outline's icons. VS Code draws each symbol kind with a fixed icon meant for code; these are the kinds whose
 * icons read as parts of a document to someone who does not program (docs/user-guide.md says the same):
 * a page for the title, a small tree for a section or an answered report, square brackets round recommendations
 * answered together, "#" for a numbered recommendation, lines of text for a response, a marker for a note, stance or
 * tags, and a switch (done or not) for a to-do. Not the lightning bolt, "abc" or braces that code's events, strings,
 * namespaces and packages have (VS Code draws a package with the namespace's braces).
 */
export const SYMBOL = {
  title: SymbolKind.File,
  section: SymbolKind.Struct,
  group: SymbolKind.Array,
  recommendation: SymbolKind.Number,
  response: SymbolKind.Constant,
  annotation: SymbolKind.Field,
  todo: SymbolKind.Boolean,
} as const;

function recommendationDetail(report: Report, recIndex: number): string {
  const rec = report.recommendations[recIndex];
  const parts = [paragraphLabel(rec.paragraphs)];
  if (!isAnswered(report, rec)) parts.push('no response');
  else parts.push(`answered (${stanceLabel(stances(report)[recIndex])})`);
  const todos = openTodos(annotationsByRecommendation(report)[recIndex]).length;
  if (todos) parts.push(`${todos} to-do${todos === 1 ? '' : 's'}`);
  const promised = commitmentsByRecommendation(report, clock.now())[recIndex];
  if (promised.count) parts.push(`${promised.count} commitment${promised.count === 1 ? '' : 's'}${promised.earliest !== undefined ? `, earliest due ${dayText(promised.earliest)}` : ''}`);
  return parts.join(' · ');
}

const ANNOTATION_LABEL: Record<string, string> = {
  note: 'Note', stance: 'Stance', tags: 'Tags', todo: 'To-do', done: 'Done', ignore: 'Ignore',
  rec: 'Read as recommendation', answers: 'Read as the response to', 'not-a-recommendation': 'Read as not a recommendation',
  kept: 'Kept', missed: 'Missed', progress: 'Progress',
};

function annotationSymbol(report: Report, a: Annotation): DocumentSymbol {
  const target = a.target !== undefined ? ` [${a.target}]` : '';
  const value = cutAtWord(a.value, 60);
  return {
    name: `${ANNOTATION_LABEL[a.kind]}${target}: ${value || '(empty)'}`,
    detail: a.recommendation !== undefined ? `on recommendation ${recLabel(report.recommendations[a.recommendation])}` : '',
    kind: a.kind === 'todo' ? SYMBOL.todo : SYMBOL.annotation,
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
      const holder = candidates.find((s) => s.kind !== SYMBOL.annotation && s.kind !== SYMBOL.todo && containsLine(s.range, a.line));
      if (!holder) break;
      holder.children ??= [];
      list = holder.children;
      candidates = holder.children;
    }
    list.push(annotationSymbol(report, a));
    list.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
  }
}

/** "3–6", or "1a and 1b" where the recommendations have lettered labels. */
function answeredLabels(report: Report, response: Response): string {
  const recs = response.answers.map((r) => report.recommendations[r]);
  if (recs.every((r) => recLabel(r) === String(r.number))) return formatNumbers(recs.map((r) => r.number));
  const labels = recs.map(recLabel);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels.join('');
}

export function responseName(report: Report, response: Response): string {
  if (response.kind === 'inline') return `Response: ${response.stanceLabel?.text ?? inlineWords(report, response)}`.trim();
  if (!response.headingRange) {
    const named = answeredLabels(report, response);
    return named ? `Response to ${response.answers.length > 1 ? 'recommendations' : 'recommendation'} ${named}` : 'Response';
  }
  return headingWords(report, response.headingRange.start.line);
}

/** The first words of a reply in its recommendation's row ("Website is being redeveloped …"), a dash between cells. */
function inlineWords(report: Report, response: Response): string {
  const { start, end } = response.range;
  // To the reply's end on its line (a table's last bar is no word of it); cells parted by tabs or bars as dashes.
  const line = report.lines[start.line].slice(start.character, end.line === start.line ? end.character : undefined);
  const words = line.trim().replace(/[ \t]*(?:\t|(?<!\\)\|)[\t ]*/g, ' — ').replace(/\s+/g, ' ');
  return cutAtWord(words, 60);
}

/** A heading line's words, without Markdown's "## ", bold markers or the italics about them, cut between words at 100 characters. */
function headingWords(report: Report, line: number): string {
  const s = report.lines[line].trim();
  // (A theme's row across a table, "| Rural access | |", is its words.)
  const words = s.charCodeAt(0) === 124 /* | */ ? s.replace(/^\|[ \t]*/, '').replace(/(?:[ \t]*\|)+$/, '') : s;
  return cutAtWord(words.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').replace(/^([*_]{1,2})(\S(?:.*\S)?)\1$/, '$2'), 100);
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
  if (response.targetDate) parts.push(`target date ${response.targetDate.text}`);
  if (response.headingRange) {
    const named = answeredLabels(report, response);
    parts.push(named ? `answers ${named}` : 'answers no recommendation');
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
    kind: SYMBOL.response,
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
    kind: SYMBOL.recommendation,
    range: withResponses ? group.range : rec.range,
    selectionRange: rec.numberRange,
    children,
  };
}

function groupSymbol(report: Report, group: Group, words: number): DocumentSymbol {
  if (group.recommendations.length === 1) return recommendationSymbol(report, group.recommendations[0], words, true);
  const numbers = group.recommendations.map((r) => report.recommendations[r].number);
  const first = report.recommendations[group.recommendations[0]];
  const answered = group.recommendations.filter((r) => isAnswered(report, report.recommendations[r])).length;
  return {
    name: `Recommendations ${formatNumbers(numbers)}`,
    detail: `${answered} of ${numbers.length} answered`,
    kind: SYMBOL.group,
    range: group.range,
    selectionRange: first?.numberRange ?? group.range,
    children: [
      ...group.recommendations.map((r) => recommendationSymbol(report, r, words, false)),
      ...group.responses.map((r) => responseSymbol(report, r)),
    ],
  };
}

/** One report of a paper that answers several: its title, then its own recommendations. */
function partSymbol(report: Report, partIndex: number, words: number): DocumentSymbol {
  const part = report.parts[partIndex];
  const recs = report.recommendations.filter((r) => r.part === partIndex).length;
  return {
    name: part.title,
    detail: `${recs} recommendation${recs === 1 ? '' : 's'}`,
    kind: SYMBOL.section,
    range: part.range,
    selectionRange: part.selectionRange,
    children: part.groups.map((g) => groupSymbol(report, report.groups[g], words)),
  };
}

/**
 * The headings that stand between the recommendations of a section ("Chapter 3: Funding", a theme's heading), each
 * outside every group: a report whose recommendations run through its chapters shows each chapter beside the first,
 * with its own recommendations. None in a paper that answers several reports (its parts are shown instead).
 */
export function chapterHeadings(report: Report, section: Section): number[] {
  if (report.parts.length) return [];
  const first = report.recommendations[0]?.range.start.line;
  if (first === undefined || !containsLine(section.range, first)) return [];
  const out: number[] = [];
  // The groups are in the document's order: one pointer walks them as the headings come (a search of every group for
  // each heading took time in the product of the two).
  const groups = report.groups;
  let g = 0;
  for (const p of report.paragraphs) {
    const line = p.lines[0];
    if (p.rule !== 'section-heading' || line <= first || !containsLine(section.range, line)) continue;
    while (g < groups.length && groups[g].range.end.line < line) g++;
    if (g < groups.length && groups[g].range.start.line <= line) continue;
    out.push(line);
  }
  return out;
}

/** A chapter's heading as its name: "Chapter 3: Funding". */
export function chapterTitle(report: Report, line: number): string {
  return headingWords(report, line) || 'Untitled section';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A section's symbol; the section of the recommendations gives one more for each chapter its recommendations run through. */
function sectionSymbols(report: Report, section: Section, words: number): DocumentSymbol[] {
  const children = section.children.flatMap((c) => sectionSymbols(report, c, words));
  const inside = report.annotations.filter((a) => containsLine(section.range, a.line) && !section.children.some((c) => containsLine(c.range, a.line)));
  const own: DocumentSymbol = { name: section.title || 'Untitled section', detail: '', kind: section.kind === 'title' ? SYMBOL.title : SYMBOL.section, range: section.range, selectionRange: section.selectionRange, children };
  if (section.kind !== 'recommendations') {
    placeAnnotations(report, children, inside, children);
    return [own];
  }
  // The section itself up to the first chapter's heading, then each chapter from its heading to the next.
  const headings = chapterHeadings(report, section);
  const lineEnd = (line: number) => ({ line, character: report.lines[line].length });
  const endOf = (k: number) => (k < headings.length ? lineEnd(headings[k] - 1) : section.range.end);
  own.range = { start: section.range.start, end: endOf(0) };
  const symbols: DocumentSymbol[] = [
    own,
    ...headings.map((line, k) => ({
      name: chapterTitle(report, line),
      detail: '',
      kind: SYMBOL.section,
      range: { start: { line, character: 0 }, end: endOf(k + 1) },
      selectionRange: { start: { line, character: 0 }, end: lineEnd(line) },
      children: [],
    })),
  ];
  const recs = symbols.map(() => 0);
  // The groups come in the document's order, so the chapter each is in only moves on.
  let k = 0;
  report.groups.forEach((g, i) => {
    while (k < headings.length && headings[k] <= g.range.start.line) k++;
    if (g.part === undefined) symbols[k].children!.push(groupSymbol(report, g, words));
    else if (report.parts[g.part].groups[0] === i) symbols[k].children!.push(partSymbol(report, g.part, words));
    recs[k] += g.recommendations.length;
  });
  placeAnnotations(report, symbols, inside, children);
  own.detail = headings.length ? `${plural(recs[0], 'recommendation')}${layoutsLabel(report)}` : `${report.recommendations.length} recommendations${layoutsLabel(report)}`;
  for (let c = 1; c < symbols.length; c++) symbols[c].detail = plural(recs[c], 'recommendation');
  return symbols;
}

/** " · read as: numbered recommendations …; plain-text responses" for the recommendations part's detail. */
function layoutsLabel(report: Report): string {
  const summary = layoutSummary(report);
  return summary ? ` · read as: ${summary}` : '';
}

export function documentSymbols(report: Report, settings: ReportSettings = DEFAULT_SETTINGS): DocumentSymbol[] {
  const words = settings.outline.shortTitleWords;
  const top = report.sections.flatMap((s) => sectionSymbols(report, s, words));
  // Annotations outside every section (before the first, in an empty document) still show.
  const loose = report.annotations.filter((a) => !report.sections.some((s) => containsLine(s.range, a.line)));
  placeAnnotations(report, [], loose, top);
  return top;
}
