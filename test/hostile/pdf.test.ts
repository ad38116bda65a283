// PDFs built to be slow or to break the reader: each is read in time, or refused in plain words.
import * as assert from 'assert';
import { pdfToText, PdfError } from '../../server/src/import/pdf';
import { within } from './bounds';
import { onePage } from './rawPdf';

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
