// Builds a PDF from report text for the import tests, as a publisher's PDF would look (pdf-lib): A4 pages, the text
// hard-wrapped to the measure, recommendations in bold, a running header and a page number on every page, a gap
// between paragraphs, a footnote at the foot of the first page with its raised marker in the text, and one word
// hyphenated at a line end.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export interface PdfOptions {
  header: string;
  /** A paragraph containing this word gets a footnote marker after it, and the footnote at the foot of its page. */
  footnoteAfter?: { word: string; note: string };
  /** The first line end reached inside this word splits it with a hyphen. */
  hyphenate?: string;
  /** Lines per page (fewer makes more page breaks). */
  linesPerPage?: number;
  /** Stop when this many pages are full (the bench's PDFs of a given length). */
  maxPages?: number;
}

const isRecommendation = (p: string) => /^(?:\d+\.|Recommendation \d+:|\(\d+\))/.test(p);

export async function textToPdf(text: string, options: PdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const size = 11;
  const leading = 14;
  const left = 72;
  const measure = 595 - 2 * left;
  const perPage = options.linesPerPage ?? 40;
  let page: PDFPage | undefined;
  let y = 0;
  let lines = 0;
  let pageNo = 0;
  let footnoteDone = false;
  let hyphenDone = false;
  const newPage = () => {
    page = doc.addPage([595, 842]);
    pageNo++;
    page.drawText(`${options.header}`, { x: left, y: 800, size: 9, font: regular });
    page.drawText(String(pageNo), { x: 595 / 2, y: 40, size: 9, font: regular });
    y = 760;
    lines = 0;
  };
  let full = false;
  const drawLine = (words: string, font: PDFFont) => {
    if (full) return;
    if (!page || lines >= perPage) {
      if (options.maxPages !== undefined && pageNo >= options.maxPages) {
        full = true;
        return;
      }
      newPage();
    }
    page!.drawText(words, { x: left, y, size, font });
    y -= leading;
    lines++;
  };
  newPage();
  let previousFont = regular;
  for (const para of text.trim().split(/\n\n+/)) {
    if (full) break;
    // A paragraph that starts in lower case carries on the one before (a text copied with a page break in it).
    const font = isRecommendation(para) || (/^[a-z]/.test(para) && previousFont === bold) ? bold : regular;
    previousFont = font;
    let line = '';
    for (const word of para.replace(/\s+/g, ' ').split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= measure) {
        line = candidate;
        continue;
      }
      if (!hyphenDone && options.hyphenate && word.replace(/[^\w]/g, '') === options.hyphenate) {
        hyphenDone = true;
        const cut = Math.ceil(word.length / 2);
        drawLine(`${line} ${word.slice(0, cut)}-`, font);
        line = word.slice(cut);
        continue;
      }
      drawLine(line, font);
      line = word;
    }
    if (line) {
      const marked = !footnoteDone && options.footnoteAfter && line.includes(options.footnoteAfter.word);
      drawLine(line, font);
      if (marked) {
        footnoteDone = true;
        // The marker: a small raised number right after the line's last word, and the note at the foot of the page.
        const width = font.widthOfTextAtSize(line, size);
        page!.drawText('1', { x: left + width + 1, y: y + leading + 4, size: 6, font: regular });
        page!.drawText(`1 ${options.footnoteAfter!.note}`, { x: left, y: 70, size: 8, font: regular });
      }
    }
    y -= leading * 0.8;
  }
  return doc.save();
}
