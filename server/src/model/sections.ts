// Finds the sections before the recommendations (title block, headed parts) and the recommendations part itself.
import type { Paragraph, Range, Section } from './types';

const MAX_HEADING_LENGTH = 80;
const MIN_PROSE_LENGTH = 80;
export const RECOMMENDATIONS_TITLE = 'Recommendations and responses';

/** A short single line starting with a capital and not ending like a sentence: "Powers", "Appendix: Government Response". */
function isHeadingLike(p: Paragraph | undefined): boolean {
  if (!p || p.kind !== 'text' || p.lines.length !== 1) return false;
  const t = p.text;
  return t.length <= MAX_HEADING_LENGTH && /^\p{Lu}/u.test(t) && !/[.,;]$/.test(t);
}

function isProse(p: Paragraph | undefined): boolean {
  return !!p && (p.kind === 'list-item' || (p.kind === 'text' && p.text.length >= MIN_PROSE_LENGTH));
}

/**
 * Indexes of headings that open a section: a heading-like line followed by prose,
 * or by another such heading (then it is a parent part, like "Appendix: Government Response").
 */
function sectionHeads(prelude: readonly Paragraph[]): boolean[] {
  const heads = new Array<boolean>(prelude.length).fill(false);
  for (let i = prelude.length - 2; i >= 0; i--) {
    heads[i] = isHeadingLike(prelude[i]) && (isProse(prelude[i + 1]) || heads[i + 1]);
  }
  return heads;
}

function span(start: Range, end: Range): Range {
  return { start: start.start, end: end.end };
}

function longestLine(paragraphs: readonly Paragraph[]): string {
  let best = '';
  for (const p of paragraphs) if (p.text.length > best.length) best = p.text;
  return best.length > 120 ? best.slice(0, 119) + '…' : best;
}

/** Widens each parent to cover its children. */
function coverChildren(sections: Section[]): void {
  for (const s of sections) {
    if (!s.children.length) continue;
    coverChildren(s.children);
    s.range = span(s.range, s.children[s.children.length - 1].range);
  }
}

export function readSections(paragraphs: readonly Paragraph[], first: number): Section[] {
  if (!paragraphs.length) return [];
  let preludeEnd = Math.min(first, paragraphs.length);
  // A heading right before the first recommendation ("Recommendations") names the recommendations part.
  let recsTitle = RECOMMENDATIONS_TITLE;
  let recsStart = paragraphs[first]?.range;
  if (first < paragraphs.length && first > 0 && isHeadingLike(paragraphs[first - 1])) {
    recsTitle = paragraphs[first - 1].text;
    recsStart = paragraphs[first - 1].range;
    preludeEnd = first - 1;
  }
  const prelude = paragraphs.slice(0, preludeEnd);
  const heads = sectionHeads(prelude);
  const top: Section[] = [];
  let container = top;
  const firstHead = heads.indexOf(true);
  const titleEnd = firstHead < 0 ? prelude.length : firstHead;
  if (titleEnd > 0) {
    const titleParas = prelude.slice(0, titleEnd);
    top.push({
      kind: 'title',
      title: longestLine(titleParas),
      range: span(titleParas[0].range, titleParas[titleParas.length - 1].range),
      selectionRange: titleParas[0].range,
      children: [],
    });
  }
  for (let i = titleEnd; i < prelude.length; i++) {
    if (!heads[i]) continue;
    let last = i;
    while (last + 1 < prelude.length && !heads[last + 1]) last++;
    const section: Section = {
      kind: 'heading',
      title: prelude[i].text,
      range: span(prelude[i].range, prelude[last].range),
      selectionRange: prelude[i].range,
      children: [],
    };
    container.push(section);
    if (last === i) container = section.children;
  }
  if (recsStart && first < paragraphs.length) {
    const lastPara = paragraphs[paragraphs.length - 1];
    container.push({
      kind: 'recommendations',
      title: recsTitle,
      range: span(recsStart, lastPara.range),
      selectionRange: recsStart,
      children: [],
    });
  }
  coverChildren(top);
  return top;
}
