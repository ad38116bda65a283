// The import fuzzer: fast-check builds malformed web pages, Word files and PDFs — real structures, broken on purpose
// (unclosed and deeply nested tags, wrong sizes, cut and flipped bytes, looping page trees, random drawing operators)
// — and each goes through the whole path a user's file takes: the import, the reader, the analysis, and every
// export. Nothing may throw but a refusal in plain words, take longer than its bound, or export a formula, an image,
// HTML or XML no program can open. `npm run fuzz:import [-- --minutes N]` (20 by default; `npm run fuzz` runs it after the
// property tests); the hostile suite runs it briefly.
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ImportError, importDocument } from '../../server/src/import';
import { createReportService } from '../../server/src/service';
import { parse } from '../../server/src/model';
import { briefingRows, formatBriefing } from '../../server/src/features/briefing';
import { reportOverview } from '../../server/src/features/overview';
import { briefingDocx } from '../../server/src/docx';
import { csvCells, docxXmlProblems } from './inertness';
import { rawPdf, type RawObject } from './rawPdf';
import { docx, DOCUMENT_CLOSE, DOCUMENT_OPEN, zip } from './rawZip';

/** How long one file may take through the whole path. */
const CASE_BOUND_MS = 20_000;

const words = fc.constantFrom('1.', '2.', '3(a)', 'Recommendation 4', '(Paragraph 12)', '(Para 7)', 'Government response', 'Response:', 'Accepted', 'Rejected', 'We agree', 'The Government should', 'act now', '=SUM(A1)', '+1', '@x', '![i](https://e.org/i.png)', '<img src=x>', 'Back to top', '\uFFFE', '\u0001', '   ', '\n', 'é', '👍', '&amp;', '&#0;', ']]>', '"', "'", '>', '<');
const text = fc.array(words, { maxLength: 30 }).map((ws) => ws.join(' '));

// Web pages: a random tree of the tags reports use, with attributes, entities, unclosed and stray tags.
const TAGS = ['p', 'b', 'strong', 'div', 'ol', 'ul', 'li', 'table', 'tr', 'td', 'th', 'pre', 'script', 'style', 'main', 'article', 'h1', 'h2', 'h3', 'blockquote', 'br', 'img', 'nav', 'footer', 'span', 'a', 'dl', 'dt', 'dd', 'section', 'textarea', 'title'];
type Node = { tag: string; attrs: string; children: Node[]; close: boolean } | string;
const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.constantFrom('', ' class="govuk-header"', ' start="7"', ' value="3"', " title='a>b'", ' hidden', ' id="x" class=cookie-banner', ' data-x="<p>"', ' unclosed="'),
      children: fc.array(tie('node'), { maxLength: 5 }),
      close: fc.boolean(),
    }),
  ),
})).node;
const render = (n: Node): string => (typeof n === 'string' ? n : `<${n.tag}${n.attrs}>${n.children.map(render).join('')}${n.close ? `</${n.tag}>` : ''}`);
const deep = fc.record({ tag: fc.constantFrom('b', 'div', 'li', 'p', 'td', 'blockquote'), depth: fc.integer({ min: 0, max: 3000 }) }).map(({ tag, depth }) => `<${tag}>`.repeat(depth) + 'deep' + `</${tag}>`.repeat(depth));
const page = fc.tuple(fc.array(node, { maxLength: 12 }), deep, fc.boolean()).map(([nodes, d, html]) => `${html ? '<!doctype html><html><body>' : ''}<main>${nodes.map(render).join('')}${d}</main>`);

/** Bytes of `b` broken: cut short, a stretch flipped, or left whole. */
const broken = (b: Uint8Array) =>
  fc.oneof(
    fc.constant(b),
    fc.integer({ min: 0, max: Math.max(0, b.length - 1) }).map((n) => b.slice(0, n)),
    fc.tuple(fc.integer({ min: 0, max: Math.max(0, b.length - 1) }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 255 })).map(([at, n, x]) => {
      const c = b.slice();
      for (let i = at; i < Math.min(c.length, at + n); i++) c[i] ^= x;
      return c;
    }),
  );

// Word files: paragraphs and runs of random text, sometimes malformed XML, lying sizes, missing parts; then broken.
const wordXml = fc.array(fc.tuple(text, fc.boolean(), fc.constantFrom('', '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>', '<w:tbl><w:tr><w:tc>')), { maxLength: 20 }).map((ps) =>
  ps.map(([t, bold, pre]) => `<w:p>${pre}<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${t.replace(/&(?!amp;)/g, '&amp;')}</w:t></w:r></w:p>`).join(''),
);
const word = fc
  .tuple(wordXml, fc.boolean(), fc.constantFrom<number | undefined>(undefined, 0, 1, 0xffffffff), fc.boolean())
  .map(([body, wellFormed, declaredSize, whole]) => {
    const data = `${DOCUMENT_OPEN}${body}${wellFormed ? DOCUMENT_CLOSE : '<w:p>'}`;
    return whole ? docx({ data, declaredSize }) : zip([{ name: 'word/document.xml', data, declaredSize }]);
  })
  .chain(broken);

// PDFs: page trees (sometimes looping or deep), content streams of random operators, deflated or not; then broken.
const pdfString = text.map((t) => `(${t.replace(/[\\()]/g, (c) => `\\${c}`)})`);
const operator = fc.oneof(
  pdfString.map((s) => `${s} Tj`),
  fc.array(fc.oneof(pdfString, fc.integer({ min: -500, max: 500 }).map(String)), { maxLength: 6 }).map((xs) => `[${xs.join(' ')}] TJ`),
  fc.tuple(fc.integer({ min: -100, max: 900 }), fc.integer({ min: -100, max: 900 })).map(([x, y]) => `${x} ${y} Td`),
  fc.constantFrom('BT', 'ET', '/F1 11 Tf', '/F1 0 Tf', '/F1 99999 Tf', 'T*', 'q', 'Q', '1 0 0 1 0 0 cm', '0 -1 1 0 0 0 cm', '/F2 9 Tf', 'BT BT', '('),
);
const content = fc.array(operator, { maxLength: 60 }).map((ops) => `BT /F1 11 Tf 72 700 Td ${ops.join('\n')} ET`);
const pdf = fc
  .tuple(fc.array(content, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.constantFrom('flat', 'loop', 'deep', 'nested'))
  .map(([pages, deflate, shape]) => {
    const n = pages.length;
    const objects: RawObject[] = [{ body: '<< /Type /Catalog /Pages 2 0 R >>' }, { body: `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i} 0 R`).join(' ')}] /Count ${n} >>` }];
    pages.forEach((_, i) => objects.push({ body: `<< /Type /Page /Parent ${shape === 'loop' ? 2 + ((i + 1) % n) : 2} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${3 + 2 * n} 0 R >> >> /Contents ${3 + n + i} 0 R${shape === 'nested' ? ` /X ${'['.repeat(5000)}${']'.repeat(5000)}` : ''} >>` }));
    pages.forEach((c) => objects.push({ body: '<< >>', stream: c, deflate }));
    objects.push({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' });
    if (shape === 'loop') objects[1] = { body: `<< /Type /Pages /Kids [3 0 R 2 0 R] /Count ${n + 1} >>` };
    if (shape === 'deep') {
      const first = objects.length + 1;
      for (let i = 0; i < 300; i++) objects.push({ body: `<< /Type /Pages /Kids [${i === 299 ? 3 : first + i + 1} 0 R] /Count 1 >>` });
      objects[1] = { body: `<< /Type /Pages /Kids [${first} 0 R] /Count 1 >>` };
    }
    return rawPdf(objects);
  })
  .chain(broken);

const file = fc.oneof(
  page.map((html) => ({ name: 'page.html', bytes: new TextEncoder().encode(html) })),
  word.map((bytes) => ({ name: 'file.docx', bytes })),
  pdf.map((bytes) => ({ name: 'file.pdf', bytes })),
);

const FORMULA = /^[=+\-@\t\r]/;

/** One file through the whole path; throws with what went wrong. */
export async function throughEverything(name: string, bytes: Uint8Array): Promise<'imported' | 'refused'> {
  const started = Date.now();
  let text: string;
  try {
    text = (await importDocument(bytes, name)).text;
  } catch (e) {
    if (e instanceof ImportError) {
      if (/Error|exception|undefined|null|\bat\b.*\.js/.test(e.message.replace(/^\S+/, ''))) throw new Error(`a refusal not in plain words: ${e.message}`);
      return 'refused';
    }
    throw new Error(`the import threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  const report = parse(text);
  const service = createReportService();
  const doc = TextDocument.create('file:///fuzz/r.txt', 'committee-report', 1, text);
  service.diagnostics(doc);
  service.documentSymbols(doc);
  service.codeLenses(doc);
  service.foldingRanges(doc);
  const csv = formatBriefing(report, doc.uri, 'r.txt', 'csv');
  const formula = csvCells(csv).find((c) => FORMULA.test(c));
  if (formula !== undefined) throw new Error(`a CSV cell starts a formula: ${formula}`);
  const md = formatBriefing(report, doc.uri, 'r.txt', 'md');
  if (/<img|(?:^|[^\\])!\[/im.test(md)) throw new Error('the Markdown briefing carries an image or HTML');
  JSON.parse(formatBriefing(report, doc.uri, 'r.txt', 'json'));
  const problems = await docxXmlProblems(await briefingDocx(briefingRows(report, doc.uri), reportOverview(report, 'r.txt', 2), 2));
  if (problems.length) throw new Error(`the Word briefing is not well-formed: ${problems[0]}`);
  if (Date.now() - started > CASE_BOUND_MS) throw new Error(`it took ${Date.now() - started} ms`);
  return 'imported';
}

/** Runs the fuzzer for `minutes`; resolves with how many files went through, and how many were refused. */
export async function fuzz(minutes: number, seed?: number): Promise<{ runs: number; imported: number; refused: number }> {
  const tally = { runs: 0, imported: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(file, async ({ name, bytes }) => {
      tally.runs++;
      tally[await throughEverything(name, bytes)]++;
    }),
    { numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: minutes * 60_000, markInterruptAsFailure: false, seed },
  );
  return tally;
}

if (require.main === module) {
  // As in the import's thread (server/src/import/worker.ts), a promise PDF.js leaves rejected after a broken file
  // does not end the process; they are counted.
  let strays = 0;
  process.on('unhandledRejection', () => strays++);
  process.on('exit', () => strays && console.log(`(${strays} promises PDF.js left rejected after broken files were passed over, as the import's thread does.)`));
  const at = process.argv.indexOf('--minutes');
  const minutes = at > 0 ? Number(process.argv[at + 1]) : 20;
  const started = Date.now();
  fuzz(minutes).then(
    (t) => {
      console.log(`Fuzzed for ${((Date.now() - started) / 60_000).toFixed(1)} minutes: ${t.runs} files (${t.imported} imported, ${t.refused} refused in plain words); nothing found.`);
    },
    (e) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
