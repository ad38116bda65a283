// A PDF as report text, read with Mozilla's PDF.js (pdfjs-dist): the text of each page with its positions and fonts,
// rebuilt into the paragraphs the layout rules read. PDF.js runs here with no scripting, no eval, no fonts loaded
// into the page and no network: the document is only parsed.
//
// How the text is rebuilt, in order:
// 1. Lines: the text items of a page grouped by their baseline, left to right; a table's rows each made one line, its
//    cells parted by " | " (pdfTable.ts).
// 2. Page furniture: a line that comes back at the same height on most pages (a running header or footer, with
//    its page number read as any number), and a number alone at the top or bottom of a page, are left out.
// 3. Footnotes: lines at the foot of a page in a smaller type than the body, starting with their number, are taken
//    out and collected under "Footnotes" at the end; a small raised number in the text becomes "[n]", kept apart.
// 4. Paragraphs: a new one where the gap between lines is wider than the page's usual line spacing, where a line is
//    indented, or where a heading (bold or larger type, alone) stands; a paragraph a page break cuts is joined.
// 5. Words hyphenated at a line end are joined when the document writes the joined word elsewhere (or the halves
//    are not both words it uses); compounds it writes with the hyphen ("low-income") keep it.
// 6. Bold runs become **…** (Commons reports set recommendations in bold).
import './pdfjsBefore';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import './pdfjsAfter';
import { LineBuilder } from './lineBuilder';
import { withTableRows } from './pdfTable';
import { troubleOf } from '../importOutcome';

/** PDF.js's "fake worker" in Node takes its message handler from here instead of loading a file. */
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

export class PdfError extends Error {}

interface Item {
  text: string;
  x: number;
  y: number;
  size: number;
  width: number;
  bold: boolean;
}

interface Line {
  page: number;
  y: number;
  x: number;
  size: number;
  items: Item[];
  text: string;
  /** From the line's first character to its last, in points. */
  width: number;
  bold: boolean;
  /** A footnote's text, taken out of the body. */
  footnote?: boolean;
  /** A table's row, its cells' lines made one ("… (Paragraph 30) | Accepted. …"): a paragraph of its own. */
  row?: boolean;
}

export interface PdfReading {
  text: string;
  removed: string[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** A PDF with more text than this is refused (the text is held several times over while it is rebuilt). */
const MAX_TEXT_CHARS = 20_000_000;

/** The text items of every page, with their fonts' boldness. */
async function readItems(bytes: Uint8Array, isCancelled: () => boolean): Promise<{ pages: Item[][]; heights: number[] }> {
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  let loading: ReturnType<typeof pdfjs.getDocument> | undefined;
  try {
    doc = await (loading = pdfjs.getDocument({
      // A copy, as a plain Uint8Array (PDF.js refuses a Node Buffer, and takes over the array it is given).
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: 0,
    })).promise;
  } catch (e) {
    // Its work still under way ends here, so that nothing it left behind fails later, unheard.
    loading?.destroy().catch(() => undefined);
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfError('is protected by a password. Open it, save a copy without the password, and import that.');
    throw new PdfError('could not be read as a PDF: it may be damaged or cut short. Download it again, or open it and save a copy.');
  }
  const pages: Item[][] = [];
  const heights: number[] = [];
  let chars = 0;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      if (isCancelled()) throw new PdfError('import was cancelled.');
      const page = await doc.getPage(p);
      heights.push(page.view[3] - page.view[1]);
      const content = await page.getTextContent();
      // A font's name (and so its boldness) is known once the drawing operations of a page that uses it are read.
      // That took most of an import's time, and the fonts are the same page after page: they are read only for a
      // page with a font no page before it had (in most PDFs the first page only).
      if (content.items.some((raw) => 'fontName' in raw && !page.commonObjs.has(raw.fontName))) await page.getOperatorList();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || !raw.str.trim()) continue;
        chars += raw.str.length;
        if (chars > MAX_TEXT_CHARS) throw new PdfError(`has more text than an import can take (over ${MAX_TEXT_CHARS / 1_000_000} million characters; the longest reports have a few hundred thousand). Is it the right file?`);
        let bold = false;
        try {
          const font = page.commonObjs.has(raw.fontName) ? (page.commonObjs.get(raw.fontName) as { bold?: boolean; name?: string }) : undefined;
          bold = !!font?.bold || /bold|black|heavy/i.test(font?.name ?? '');
        } catch {
          bold = false;
        }
        const size = Math.hypot(raw.transform[2], raw.transform[3]) || raw.height;
        items.push({ text: raw.str, x: raw.transform[4], y: raw.transform[5], size, width: raw.width, bold });
      }
      pages.push(items);
      page.cleanup();
    }
  } catch (e) {
    // PDF.js's own words ("Maximum call stack size exceeded", "Pages tree contains circular reference") mean
    // nothing to a user: said plainly.
    if (e instanceof PdfError) throw e;
    const trouble = troubleOf(e instanceof Error ? e.message : String(e));
    const why = trouble === 'nested' ? 'its parts are nested too deeply to follow' : trouble === 'loop' ? 'its pages refer to each other in a loop' : 'part of it is damaged';
    throw new PdfError(`could not be read: ${why}. Open it in a PDF reader and save or print it as a new PDF, then import that.`);
  } finally {
    doc.destroy().catch(() => undefined);
  }
  return { pages, heights };
}

function linesOf(page: number, items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lineFor(lines, item);
    if (line) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else lines.push({ page, y: item.y, x: item.x, size: item.size, items: [item], text: '', bold: false, width: 0 });
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    line.x = line.items[0].x;
    // The baseline is the body text's, not a raised footnote marker's.
    line.y = line.items.reduce((big, i) => (i.size > big.size ? i : big)).y;
    line.bold = line.items.every((i) => i.bold);
    const last = line.items[line.items.length - 1];
    line.width = last.x + last.width - line.x;
  }
  return lines.sort((a, b) => b.y - a.y);
}

/** How many of the lines above an item are looked at for the one it belongs to. */
const LINES_LOOKED_BACK = 64;

/**
 * The line `item` belongs to: the first whose baseline is within half a type size of it. The items come from the top
 * of the page down, so only the last lines made can be that close: the search looks back over the newest few
 * (looking at every line of the page for each item took minutes on a tall page).
 */
function lineFor(lines: readonly Line[], item: Item): Line | undefined {
  let found: Line | undefined;
  for (let k = lines.length - 1; k >= 0 && k >= lines.length - LINES_LOOKED_BACK; k--) {
    const l = lines[k];
    if (Math.abs(l.y - item.y) < Math.max(2, 0.5 * Math.max(l.size, item.size))) found = l;
  }
  return found;
}

/** A line's text, with "[n]" for small raised numbers (footnote markers) and **…** round bold runs. */
function lineText(line: Line, body: number): string {
  // Built in pieces: a line of many bold runs, each closed by trimming the line's end, took time in its square.
  const out = new LineBuilder();
  let end = -Infinity;
  let inBold = false;
  for (const item of line.items) {
    const marker = /^\d{1,3}$/.test(item.text.trim()) && item.size < 0.8 * body && item.y > line.y + 0.15 * body && !out.isEmpty();
    const piece = marker ? `[${item.text.trim()}]` : item.text;
    const gap = item.x - end;
    const space = !out.isEmpty() && !marker && gap > 0.15 * item.size && !out.endsWithSpace() && !piece.startsWith(' ') ? ' ' : '';
    if (!marker && item.bold !== inBold) {
      if (inBold) {
        out.takeTrailingSpace();
        out.append('**');
        out.append(space);
      } else out.append(`${space}**`);
      inBold = item.bold;
      out.append(piece.replace(/^\s+/, ''));
    } else out.append(space + piece);
    end = item.x + item.width;
  }
  if (inBold) {
    out.takeTrailingSpace();
    out.append('**');
  }
  return out.toString().replace(/\s+/g, ' ').trim();
}

/** "Rural transport 4" and "5 Rural transport" read alike: numbers are any number. */
const shape = (text: string) => text.replace(/\*\*/g, '').replace(/\d+/g, '#').trim().toLowerCase();

export async function pdfToText(bytes: Uint8Array, isCancelled: () => boolean = () => false): Promise<PdfReading> {
  const { pages, heights } = await readItems(bytes, isCancelled);
  if (!pages.some((p) => p.length)) throw new PdfError('has no text in it, only images of pages (a scan). It needs text recognition (OCR) first: most PDF programs can do that, then import the result.');
  const body = median(pages.flat().map((i) => Math.round(i.size * 10) / 10)) || 10;
  // 1b. Tables: each row one line, its cells parted by " | " (pdfTable.ts).
  const pageLines = pages.map((items, p) =>
    withTableRows(
      linesOf(p, items),
      (line, cell) => lineText({ ...line, items: cell }, body),
      (first, text): Line => ({ ...first, items: [], text, bold: false, row: true }),
    ),
  );
  for (const lines of pageLines) for (const l of lines) if (!l.row) l.text = lineText(l, body);

  // 2. Page furniture.
  const removed = { furniture: 0, numbers: 0, footnotes: 0 };
  const seen = new Map<string, Set<number>>();
  for (const lines of pageLines) {
    for (const l of lines) {
      const key = `${shape(l.text)}@${Math.round(l.y / 4)}`;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(l.page);
    }
  }
  const minPages = Math.max(2, Math.ceil(pages.length * 0.5));
  const furniture = (l: Line) => (seen.get(`${shape(l.text)}@${Math.round(l.y / 4)}`)?.size ?? 0) >= minPages && pages.length > 1;
  const edge = (l: Line) => l.y < 0.1 * heights[l.page] || l.y > 0.9 * heights[l.page];
  const body_: Line[] = [];
  const footnotes: string[] = [];
  for (const lines of pageLines) {
    let inFootnotes = false;
    const bottomHalf = (l: Line) => l.y < 0.4 * heights[l.page];
    for (const l of lines) {
      if (furniture(l) && (edge(l) || l.text.length < 120)) {
        removed.furniture++;
        continue;
      }
      if (/^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i.test(l.text.replace(/\*\*/g, '')) && edge(l)) {
        removed.numbers++;
        continue;
      }
      const small = l.size < 0.88 * body;
      if (small && bottomHalf(l) && (inFootnotes || /^\[?\d{1,3}\]?\s/.test(l.text))) {
        if (!inFootnotes || /^\[?\d{1,3}\]?\s/.test(l.text)) footnotes.push(l.text.replace(/^\[?(\d{1,3})\]?\s+/, '[$1] '));
        else footnotes[footnotes.length - 1] += ` ${l.text}`;
        inFootnotes = true;
        removed.footnotes += /^\[?\d{1,3}\]?\s/.test(l.text) ? 1 : 0;
        continue;
      }
      body_.push(l);
    }
  }

  // 4. Paragraphs.
  const spacings: number[] = [];
  for (let i = 1; i < body_.length; i++) if (body_[i].page === body_[i - 1].page) spacings.push(body_[i - 1].y - body_[i].y);
  // The usual distance between the lines of a paragraph: the smaller spacings (where paragraphs are short, most
  // spacings are gaps between them), and never more than a generous leading for the body type.
  const positive = spacings.filter((s) => s > 0).sort((a, b) => a - b);
  const spacing = Math.min(positive[Math.floor(positive.length * 0.2)] ?? body * 1.2, body * 1.5);
  const left = median(body_.map((l) => Math.round(l.x)));
  const words = new Set<string>();
  for (const l of body_) for (const w of l.text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) words.add(w);
  const fullWidth = median(body_.map((l) => l.width));
  const isHeading = (l: Line) => l.text.length < 90 && (l.size > 1.15 * body || l.bold) && !/[.,;:]$/.test(l.text.replace(/\*\*$/, ''));
  const paragraphs: string[][] = [];
  let prev: Line | undefined;
  for (const l of body_) {
    let fresh = !prev;
    if (prev?.row || l.row) fresh = true;
    else if (prev) {
      const samePage = prev.page === l.page;
      const prevText = prev.text.replace(/\*\*$/, '');
      const endsSentence = /[.!?:)”"’]$/.test(prevText);
      const bothBold = prev.bold && l.bold;
      // Across a page break no gap can be measured: a paragraph ended there if its last line ends a sentence or stops
      // well short of the measure, and the next begins as a paragraph does.
      // A citation alone at the top of a page, "(Paragraph 31)", still closes the paragraph before it.
      const startsBlock = /^(?:\*\*)?[\dA-Z("“]/.test(l.text) && !/^(?:\*\*)?\((?:Paragraphs?|Paras?)\.?\s+\d/i.test(l.text);
      if (!samePage) fresh = ((endsSentence || prev.width < 0.7 * fullWidth) && startsBlock) || prev.bold !== l.bold;
      else if (prev.y - l.y > 1.45 * spacing) fresh = true;
      else if (prev.bold !== l.bold) fresh = true;
      else if (!bothBold && (isHeading(l) || isHeading(prev))) fresh = true;
      else if (l.x > left + 8 && endsSentence) fresh = true;
      else if (/^(?:\*\*)?(?:\d{1,3}[.)]|\(\d{1,3}\)|Recommendation \d)/.test(l.text) && endsSentence) fresh = true;
      // A bullet starts an item of its own, whatever the spacing: bullet points stay separate.
      else if (/^(?:\*\*)?[•●▪◦·–-]\s/.test(l.text)) fresh = true;
      // Whatever the gap, a sentence that goes on in lower case is the same paragraph (a break the page made).
      if (fresh && !endsSentence && prev.bold === l.bold && /^(?:\*\*)?[a-z]/.test(l.text)) fresh = false;
    }
    if (fresh) paragraphs.push([l.text]);
    else paragraphs[paragraphs.length - 1].push(l.text);
    prev = l;
  }

  // 5. Lines joined, hyphens healed; 6. bold runs that continue across lines merged.
  const joined = paragraphs.map((ls) => {
    // Pieces joined once at the end: joining onto the growing paragraph, and reading its end, copied it at every line.
    // Whether a line break cut a word needs only the paragraph's last characters, kept in `tail`.
    const parts: string[] = [];
    let tail = '';
    for (const line of ls) {
      if (!parts.length) {
        parts.push(line);
        tail = line.slice(-100);
        continue;
      }
      const m = tail.endsWith('-') || tail.endsWith('-**') ? /([A-Za-z]+)-(\*\*)?$/.exec(tail) : null;
      const next = /^(\*\*)?([a-z]+)/.exec(line);
      if (m && next) {
        const whole = (m[1] + next[2]).toLowerCase();
        const compound = `${m[1]}-${next[2]}`.toLowerCase();
        if (!(words.has(compound) && !words.has(whole))) {
          // The hyphen goes: "-" or "-**" at the end becomes "" or "**".
          const last = parts.length - 1;
          parts[last] = parts[last].replace(/-(\*\*)?$/, '$1');
          tail = tail.replace(/-(\*\*)?$/, '$1');
        }
      } else {
        parts.push(' ');
        tail += ' ';
      }
      parts.push(line);
      tail = (tail + line).slice(-100);
    }
    return parts.join('').replace(/\*\* \*\*/g, ' ').replace(/\*\*\*\*/g, '');
  });
  const out = joined.join('\n\n') + '\n' + (footnotes.length ? `\nFootnotes\n\n${footnotes.join('\n\n')}\n` : '');
  const said: string[] = [];
  if (removed.furniture) said.push(`${removed.furniture} running header or footer line${removed.furniture === 1 ? '' : 's'}`);
  if (removed.numbers) said.push(`${removed.numbers} page number${removed.numbers === 1 ? '' : 's'}`);
  if (removed.footnotes) said.push(`${removed.footnotes} footnote${removed.footnotes === 1 ? '' : 's'} (moved to the end)`);
  return { text: out, removed: said };
}
