// Bringing a report in as it is published: a web page (read with htmlparser2) or a Word file (mammoth turns it into
// HTML, then the same path), as report text the layout rules read. The kind is told by the file's bytes, not its
// name (a PDF is read with PDF.js: import/pdf.ts); anything else — an empty file, an old or password-protected Word
// file, a damaged one, a page with no Government response in it, a file too large — is refused with a message in
// plain words, and nothing is written. Loaded only when an import runs (a bundle of its own, dist/import.js).
import type Mammoth from 'mammoth';
import { isReport, parse } from '../model';
import { isCommitteesOwnReport, originalReportOf } from '../features/originalReport';
import { htmlToText } from './html';
import type * as Pdf from './pdf';
import { MAX_PARTS, MAX_UNPACKED_BYTES, zipSizes } from './zip';

import { MAX_IMPORT_BYTES, tooLargeMessage } from './names';
import { kindOf } from './kind';

export { freeName, MAX_IMPORT_BYTES, tooLargeMessage } from './names';

export type ImportKind = 'web page' | 'Word document' | 'PDF';

export interface Imported {
  kind: ImportKind;
  text: string;
  /** What was left out, in words ("a script", "everything outside the page's <main>"). */
  removed: string[];
  /** How many recommendations the text reads as. */
  recommendations: number;
  /** What the text reads as, in words, for the message after an import: "38 recommendations", or the Committee's report's paragraphs. */
  summary: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** An import refused: the message says what is wrong and what to do, and is shown as it is. */
export class ImportError extends Error {}

// Each kind's reader is set up only when a file of that kind is read: PDF.js and its worker are most of this bundle
// and mammoth much of the rest, and setting them up (running their modules' code) took about 40 ms of every import,
// a web page's too. esbuild keeps a module reached by require() unrun until it is first required.
let pdfReader: typeof Pdf | undefined;
const pdf = (): typeof Pdf => (pdfReader ??= require('./pdf') as typeof Pdf);
let wordReader: typeof Mammoth | undefined;
const mammoth = (): typeof Mammoth => (wordReader ??= require('mammoth') as typeof Mammoth);

export async function importDocument(bytes: Uint8Array, name: string, isCancelled: () => boolean = () => false): Promise<Imported> {
  if (bytes.length === 0) throw new ImportError(`${name} is empty: there is nothing to import.`);
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(tooLargeMessage(name, bytes.length));
  const kind = kindOf(bytes);
  let reading: { text: string; removed: string[] };
  let imported: ImportKind;
  if (kind === 'pdf') {
    try {
      reading = await pdf().pdfToText(bytes, isCancelled);
    } catch (e) {
      if (e instanceof pdf().PdfError) throw new ImportError(`${name} ${e.message}`);
      throw e;
    }
    imported = 'PDF';
  } else if (kind === 'ole') {
    throw new ImportError(`${name} is an older Word file (.doc) or a password-protected one. Save it as a Word document (.docx) without a password, and import that.`);
  } else if (kind === 'zip') {
    const sizes = zipSizes(bytes);
    if (sizes && sizes.parts > MAX_PARTS) throw new ImportError(`${name} has ${sizes.parts} parts inside it, far more than a Word document has: it is not one, or it is damaged. Nothing was written.`);
    if (sizes && sizes.unpacked > MAX_UNPACKED_BYTES) {
      throw new ImportError(`${name} unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB${Number.isFinite(sizes.unpacked) ? ` (${(sizes.unpacked / 1024 / 1024).toFixed(0)} MB)` : ''}, far more than any report: it may be damaged, or made to be too large to read. Nothing was written.`);
    }
    let html: string;
    try {
      // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build (VS Code for the Web): both are given.
      const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { buffer: Buffer };
      html = (await mammoth().convertToHtml(input)).value;
    } catch {
      throw new ImportError(`${name} could not be read as a Word document (.docx): it may be damaged, or another kind of file. Open it in Word and save it again as .docx.`);
    }
    reading = htmlToText(html);
    imported = 'Word document';
  } else if (kind === 'html') {
    reading = htmlToText(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
    imported = 'web page';
  } else {
    const looksLikeText = !/[\x00-\x08\x0E-\x1F]/.test(new TextDecoder().decode(bytes.subarray(0, 4096)));
    throw new ImportError(
      looksLikeText
        ? `${name} is plain text already, not a web page, a Word file or a PDF: open it as it is.`
        : `${name} is not a web page, a Word document (.docx) or a PDF, whatever its name says.`,
    );
  }
  // The Committee's own report comes in the same way: its numbered paragraphs are what responses cite. (Read from
  // the model's lines, once: isCommitteesOwnReport below reuses it.)
  const report = parse(reading.text);
  const original = originalReportOf(report);
  if (!original && (!reading.text.trim() || !isReport(report))) {
    throw new ImportError(
      `No Government response was found in ${name}, nor a Committee report (the ${imported} has no numbered or labelled recommendations, and no numbered paragraphs with conclusions and recommendations). Nothing was written.`,
    );
  }
  const recommendations = report.recommendations.length;
  const summary =
    original && isCommitteesOwnReport(report)
      ? `the Committee's own report, ${plural(original.paragraphs.length, 'numbered paragraph')} and ${plural(recommendations, 'recommendation')}`
      : plural(recommendations, 'recommendation');
  return { kind: imported, text: reading.text, removed: reading.removed, recommendations, summary };
}

