// Page furniture in text copied from a PDF: running headers and footers ("4    Title of the report", "Title of the
// report    5"), bare page numbers, and column headings a flattened table repeats every few rows. Unlike the other
// rules it needs the whole document: a line is furniture because lines like it recur. Furniture lines are read as if
// they were not there, so a paragraph that a page break cut in two is one paragraph again.
//
// A line that merely recurs word for word is not enough: a hard-wrapped response can repeat a line exactly ("The
// Government accepts this recommendation in"). Furniture recurs beside changing page numbers, or before table rows.

/** Furniture is short: a running title or a page number, never a paragraph. */
const MAX_LENGTH = 120;
/** "4    Title", "Title    5", "Page 4 of 20", "- 4 -": a page number with text, or alone. */
const LEADING_NUMBER = /^(\d{1,3})(\s+)(?=\S)/;
const TRAILING_NUMBER = /(\s+)(\d{1,3})$/;
const PAGE_ONLY = /^(?:Page\s+)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,3})?$/i;
/** A running title has words; one that ends like a sentence or a citation is text that happens to repeat. */
const ENDS_SENTENCE = /[.;,:!?)"”]$/;
/** A running title beside its page number with one space between is only told from text by its length. */
const MIN_TITLE_WITH_ONE_SPACE = 12;

interface Key {
  key: string;
  page?: string;
}

/** The text a furniture line would share with the other pages' copies, and its page number; undefined if it cannot be furniture. */
function keyOf(line: string): Key | undefined {
  const t = line.trim();
  if (!t || t.length > MAX_LENGTH) return undefined;
  if (PAGE_ONLY.test(t)) return { key: '#page', page: t };
  let m = LEADING_NUMBER.exec(t);
  if (m && (m[2].length > 1 || t.length - m[0].length >= MIN_TITLE_WITH_ONE_SPACE)) {
    return { key: t.slice(m[0].length).replace(/\s+/g, ' '), page: m[1] };
  }
  m = TRAILING_NUMBER.exec(t);
  if (m && (m[1].length > 1 || m.index >= MIN_TITLE_WITH_ONE_SPACE)) {
    return { key: t.slice(0, m.index).replace(/\s+/g, ' '), page: m[2] };
  }
  if (ENDS_SENTENCE.test(t)) return undefined;
  return { key: t.replace(/\s+/g, ' ') };
}

/**
 * The lines that are page furniture, among the candidates `isCandidate` allows (lines no other rule claims): a
 * text that recurs beside two or more different page numbers, a bare page number seen three times or more, or a
 * line that recurs before table rows (`isRow`) at least twice, and nowhere else but at the end of a table, as a
 * table's column headings do. Undefined when there is none, as in most documents.
 */
export function findFurniture(lines: readonly string[], isCandidate: (i: number) => boolean, isRow: (i: number) => boolean = () => false): Uint8Array | undefined {
  const seen = new Map<string, { lines: number[]; pages: Set<string> }>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Most lines are long paragraphs or blank: settled without trimming.
    if (line.length === 0 || line.length > MAX_LENGTH + 20) continue;
    const k = keyOf(line);
    if (!k || !isCandidate(i)) continue;
    let entry = seen.get(k.key);
    if (!entry) seen.set(k.key, (entry = { lines: [], pages: new Set() }));
    entry.lines.push(i);
    if (k.page !== undefined) entry.pages.add(k.page);
  }
  let out: Uint8Array | undefined;
  for (const [key, entry] of seen) {
    const numbered = entry.pages.size >= 2 || (key === '#page' && entry.lines.length >= 3);
    const beforeRows = entry.lines.filter((i) => isRow(i + 1)).length;
    const atEnds = entry.lines.every((i) => isRow(i + 1) || i + 1 >= lines.length || !lines[i + 1].trim());
    const headings = key !== '#page' && entry.pages.size === 0 && entry.lines.length >= 2 && beforeRows >= 2 && atEnds;
    if (!numbered && !headings) continue;
    out ??= new Uint8Array(lines.length);
    for (const i of entry.lines) out[i] = 1;
  }
  return out;
}
