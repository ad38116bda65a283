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
