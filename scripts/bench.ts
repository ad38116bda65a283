// The benchmark: medians for parsing and each feature on the seed, 10× and 100× reports. Run with `npm run bench`.
import { performance } from 'perf_hooks';
import { parse } from '../server/src/model';
import { createReportService, type ReportDocument } from '../server/src/service';
import { multiplyReport, readSeed } from './corpus';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median milliseconds of `fn` over `runs` runs after `warmup` unmeasured ones. */
function time(fn: () => unknown, runs: number, warmup = runs): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

function doc(uri: string, text: string, version = 1): ReportDocument {
  return { uri, languageId: 'committee-report', version, getText: () => text };
}

const seed = readSeed();
const corpora: [string, string, number][] = [
  ['seed', seed, 200],
  ['10×', multiplyReport(seed, 10), 40],
  ['100×', multiplyReport(seed, 100), 15],
];

const rows: string[][] = [
  ['report', 'size', 'recs', 'parse', 'parse + outline', 'outline (cached)', 'folding', 'definition', 'hover', 'references', 'code lens'],
];
for (const [name, text, runs] of corpora) {
  const service = createReportService();
  const d = doc(`file:///bench/${name}.txt`, text);
  const report = parse(text);
  let version = 1;
  const parseMs = time(() => parse(text), runs);
  const fullMs = time(() => service.documentSymbols(doc(d.uri, text, ++version)), runs);
  const cached = doc(d.uri, text, ++version);
  service.getReport(cached);
  const outlineMs = time(() => service.documentSymbols(cached), runs * 5);
  const foldingMs = time(() => service.foldingRanges(cached), runs * 5);
  // A citation in the middle of the report: the lookups must not depend on the report's size.
  const mid = report.recommendations[Math.floor(report.recommendations.length / 2)];
  const at = { line: mid.citations[0].range.start.line, character: mid.citations[0].range.start.character + 2 };
  const definitionMs = time(() => service.definition(cached, at), 500);
  const hoverMs = time(() => service.hover(cached, at), 500);
  const referencesMs = time(() => service.references(cached, at, true), 500);
  const lensMs = time(() => service.codeLenses(cached), runs);
  rows.push([
    name,
    `${(text.length / 1024).toFixed(0)} KB`,
    String(report.recommendations.length),
    fmt(parseMs),
    fmt(fullMs),
    fmt(outlineMs),
    fmt(foldingMs),
    fmt(definitionMs),
    fmt(hoverMs),
    fmt(referencesMs),
    fmt(lensMs),
  ]);
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
