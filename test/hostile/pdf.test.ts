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
