// Builds larger reports from the seed for the benchmark and tests: the recommendations part repeated, renumbered so numbers stay unique.
import { readFileSync } from 'fs';
import * as path from 'path';
import { parse } from '../server/src/model';

export const SEED_PATH = path.join(__dirname, '..', 'seeds', 'send-government-response-2020.txt');

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

function renumber(part: string, recOffset: number, paraOffset: number): string {
  return part
    .replace(/^( {0,3}(?:\*\*)?)(\d{1,4})\./gm, (_, pre: string, n: string) => `${pre}${Number(n) + recOffset}.`)
    .replace(/\b([Pp]aragraphs?)(\s+)(\d{1,4})/g, (_, w: string, s: string, n: string) => `${w}${s}${Number(n) + paraOffset}`)
    .replace(
      /\b(recommendations?)(\s+)(\d{1,4})(?:(\s*[–-]\s*)(\d{1,4}))?/g,
      (_, w: string, s: string, a: string, dash?: string, b?: string) =>
        `${w}${s}${Number(a) + recOffset}${dash && b ? dash + (Number(b) + recOffset) : ''}`,
    );
}

/** The seed's prelude once, then its recommendations part `times` times with unique recommendation and paragraph numbers. */
export function multiplyReport(text: string, times: number): string {
  const report = parse(text);
  const firstLine = report.recommendations[0]?.range.start.line ?? report.lineCount;
  const lines = text.split('\n');
  const prelude = lines.slice(0, firstLine).join('\n');
  const body = lines.slice(firstLine).join('\n');
  const recStep = Math.max(...report.recommendations.map((r) => r.number), 0);
  const paraStep = Math.ceil((Math.max(...report.recommendations.flatMap((r) => r.paragraphs), 0) + 1) / 100) * 100;
  const parts = [prelude];
  for (let k = 0; k < times; k++) parts.push(renumber(body, k * recStep, k * paraStep));
  return parts.join('\n');
}

/** A paragraph's lines hard-wrapped at `width` columns, as text copied out of a PDF comes. */
function hardWrap(paragraph: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/**
 * The report's recommendations and responses as a headed command paper: "Recommendation 7", its words, then
 * "Government response" (or, in a group, "Government response to recommendations 7 and 8") and the answer.
 */
export function asHeadedPaper(text: string): string {
  const report = parse(text);
  const out = ['Government Response to the Education Committee', '', 'Presented to Parliament by the Secretary of State for Education', '', 'CP 999', ''];
  const body = (i: number) => report.responses[i].bodyParagraphs.map((p) => report.lines.slice(report.paragraphs[p].range.start.line, report.paragraphs[p].range.end.line + 1).join(' '));
  for (const g of report.groups) {
    for (const r of g.recommendations) out.push(`Recommendation ${report.recommendations[r].number}`, '', report.recommendations[r].text, '');
    for (const i of g.responses) {
      const numbers = report.responses[i].answers.map((r) => report.recommendations[r].number);
      const own = numbers.length === 1 && g.recommendations.length === 1;
      out.push(own || !numbers.length ? 'Government response' : `Government response to recommendation${numbers.length > 1 ? 's' : ''} ${numbers.join(' and ')}`, '');
      for (const p of body(i)) out.push(p, '');
    }
  }
  return out.join('\n');
}

/**
 * The report as text copied out of a PDF: no blank lines, every paragraph hard-wrapped at 90 columns, and a running
 * header with the page number every 45 lines, on alternate sides.
 */
export function asPdfCopy(text: string): string {
  const report = parse(text);
  const start = report.recommendations[0]?.range.start.line ?? 0;
  const wrapped = report.paragraphs
    .filter((p) => p.range.start.line >= start && p.kind !== 'annotation')
    .flatMap((p) => hardWrap(p.lines.map((l) => report.lines[l]).join(' '), 90));
  const out: string[] = [];
  let page = 2;
  wrapped.forEach((l, i) => {
    if (i > 0 && i % 45 === 0) out.push(page % 2 ? `Special educational needs and disabilities: Government Response ${page++}` : `${page++}    Special educational needs and disabilities: Government Response`);
    out.push(l);
  });
  return out.join('\n');
}
