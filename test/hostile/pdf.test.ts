// PDFs built to be slow or to break the reader: each is read in time, or refused in plain words.
import * as assert from 'assert';
import { pdfToText, PdfError } from '../../server/src/import/pdf';
import { within } from './bounds';
import { onePage, rawPdf } from './rawPdf';

/** One page as tall as `lines` lines of text, each line a short sentence. */
function tallPage(lines: number): Uint8Array {
  const ops = Array.from({ length: lines }, (_, i) => `BT /F1 11 Tf 72 ${50 + (lines - i) * 14} Td (Line ${i} of the tall page.) Tj ET`).join('\n');
  return onePage(ops, { height: lines * 14 + 100 });
}

describe('hostile PDFs', () => {
  it('reads one tall page of 40,000 lines', async function () {
    // Each text item looked through every line of its page for its own: 20,000 lines took 7–10 s, 60,000 almost 2 min (and 40,000 here, 28 s).
    const bytes = tallPage(40_000);
    const { text } = await within(12_000, 'reading the page', () => pdfToText(bytes));
    assert.match(text, /^Line 0 of the tall page\. Line 1 of the tall page\./);
    assert.match(text, /Line 39999 of the tall page\.\n/);
  });
});

describe('hostile PDFs: tables', () => {
  /** One page of `lines` lines, each of `cells` cells far apart: a grid of figures, or a table's rows. */
  function grid(lines: number, cells: (line: number, cell: number) => string, count: number, width: number): Uint8Array {
    const ops: string[] = [];
    for (let i = 0; i < lines; i++) for (let c = 0; c < count; c++) ops.push(`BT /F1 9 Tf ${40 + c * width} ${50 + (lines - i) * 12} Td (${cells(i, c)}) Tj ET`);
    return onePage(ops.join('\n'), { height: lines * 12 + 100, width: 80 + count * width });
  }

  it('reads a page of 2,000 lines of 60 columns of figures in time, and as no table of recommendations', async function () {
    const bytes = grid(2_000, (i, c) => `${i % 900}.${c}.`, 60, 40);
    const { text } = await within(20_000, 'reading the grid', () => pdfToText(bytes));
    assert.doesNotMatch(text, /\|/);
  });

  it('reads a table of 10,000 numbered rows in time, a row a line', async function () {
    const bytes = grid(10_000, (i, c) => (c === 0 ? `${(i % 900) + 1}. The Department should act. (Paragraph ${i % 900})` : 'Accepted.'), 2, 300);
    const { text } = await within(20_000, 'reading the table', () => pdfToText(bytes));
    assert.match(text, /^1\. The Department should act\. \(Paragraph 0\) \| Accepted\.\n/);
    assert.equal(text.split('\n').filter((l) => l.endsWith('| Accepted.')).length, 10_000);
  });
});

export { PdfError };

describe('broken PDFs are refused in plain words', () => {
  const catalogue = { body: '<< /Type /Catalog /Pages 2 0 R >>' };
  const font = { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' };
  const refused = async (bytes: Uint8Array): Promise<string> => {
    try {
      await pdfToText(bytes);
    } catch (e) {
      assert.ok(e instanceof PdfError, `not a plain refusal: ${e}`);
      return e.message;
    }
    assert.fail('it was read');
  };

  it('a page tree that loops back on itself', async () => {
    // Said "Pages tree contains circular reference".
    const message = await refused(rawPdf([catalogue, { body: '<< /Type /Pages /Kids [3 0 R] /Count 2 >>' }, { body: '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>' }]));
    assert.doesNotMatch(message, /Pages tree|circular reference|exceeded/);
    assert.match(message, /^could not be read: (?:its pages refer to each other in a loop|part of it is damaged)\. Open it in a PDF reader/);
  });

  it('a page whose dictionary nests arrays 100,000 deep', async () => {
    // Said "Maximum call stack size exceeded".
    const depth = 100_000;
    const page = { body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Deep ${'['.repeat(depth)}${']'.repeat(depth)} /Contents 4 0 R >>` };
    const message = await within(20_000, 'reading it', () => refused(rawPdf([catalogue, { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' }, page, { body: '<< >>', stream: 'BT /F1 11 Tf 72 700 Td (Deep.) Tj ET' }, font])));
    assert.doesNotMatch(message, /call stack|exceeded/);
    assert.match(message, /^(?:could not be read: |could not be read as a PDF|has no text)/);
  });
});
