// Page furniture in text copied from a PDF: running headers and footers ("4    Title of the report", "Title of the
// report    5"), bare page numbers, and column headings a flattened table repeats every few rows. Unlike the other
// rules it needs the whole document: a line is furniture because lines like it recur. Furniture lines are read as if
// they were not there, so a paragraph that a page break cut in two is one paragraph again.
//
// A line that merely recurs word for word is not enough: a hard-wrapped response can repeat a line exactly ("The
// Government accepts this recommendation in"). Furniture recurs beside changing page numbers, or before table rows.
import { endsSentence, isFieldLine, NAMED_HEADING, startsLowerCase } from './lines';
import { isDigit } from './patterns';

/** Furniture is short: a running title or a page number, never a paragraph. */
const MAX_LENGTH = 120;
/** "Page 4 of 20": a page number that says it is one, seen once or often. */
const PAGE_OF = /^\s*Page\s+\d{1,3}\s+of\s+\d{1,3}\s*$/i;
const DASHED_PAGE = /^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$/;
/** "Page 4 of 20" or "- 4 -": a page number that says it is one, seen once or often. */
const saysPage = (line: string) => PAGE_OF.test(line) || DASHED_PAGE.test(line);
/** "Page 4 of 20", "- 4 -", "12": a page number alone. ("4    Title" and "Title    5" are read by keyOf.) */
const PAGE_ONLY = /^(?:Page\s+)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,3})?$/i;
/** A running title has words; one that ends like a sentence or a citation is text that happens to repeat. */
const ENDS_SENTENCE = /[.;,:!?)"”]$/;
/** A running title beside its page number with one space between is only told from text by its length. */
const MIN_TITLE_WITH_ONE_SPACE = 12;

/**
 * True when the line's first or last character other than a space is a digit, or a dash before or after one ("- 4 -"): a
 * page number could stand there.
 */
function edgeDigit(line: string): boolean {
  let a = 0;
  while (a < line.length && line.charCodeAt(a) <= 32) a++;
  let b = line.length - 1;
  while (b > a && line.charCodeAt(b) <= 32) b--;
  if (isDash(line.charCodeAt(a))) while (++a < b && line.charCodeAt(a) <= 32);
  if (isDash(line.charCodeAt(b))) while (--b > a && line.charCodeAt(b) <= 32);
  return isDigit(line.charCodeAt(a)) || isDigit(line.charCodeAt(b));
}
/** "-", "–" or "—". */
const isDash = (c: number) => c === 45 || c === 8211 || c === 8212;

/** True when line `i` is the last of its block: a table's last column headings stand there. */
function endsBlock(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined) return true;
  for (let k = 0; k < next.length; k++) if (next.charCodeAt(k) > 32) return false;
  return true;
}

interface Key {
  key: string;
  page?: string;
}

/** The length of the run of 1 to 3 digits at `from` (going forwards, or backwards when `step` is -1), else 0. */
function digitRun(t: string, from: number, step: 1 | -1): number {
  let n = 0;
  for (let k = from; k >= 0 && k < t.length && isDigit(t.charCodeAt(k)); k += step) if (++n > 3) return 0;
  return n;
}

/** The length of the run of spaces and tabs at `from` (going forwards, or backwards when `step` is -1). */
function spaceRun(t: string, from: number, step: 1 | -1): number {
  let n = 0;
  for (let k = from; k >= 0 && k < t.length && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9); k += step) n++;
  return n;
}

/**
 * The text a furniture line would share with the other pages' copies, and its page number; undefined if it cannot
 * be furniture. The number at either end is read by hand rather than by pattern: this runs on every short line.
 */
function keyOf(line: string): Key | undefined {
  // Runs of spaces (a table's cells flattened) count as one: a line is not too long for them.
  const t = line.length > MAX_LENGTH ? squeeze(line.trim()) : line.trim();
  if (!t || t.length > MAX_LENGTH) return undefined;
  if (PAGE_ONLY.test(t)) return { key: '#page', page: t };
  const lead = digitRun(t, 0, 1);
  if (lead) {
    const gap = spaceRun(t, lead, 1);
    if (gap && (gap > 1 || t.length - lead - gap >= MIN_TITLE_WITH_ONE_SPACE)) return { key: squeeze(t.slice(lead + gap)), page: t.slice(0, lead) };
  }
  const trail = digitRun(t, t.length - 1, -1);
  if (trail) {
    const gap = spaceRun(t, t.length - 1 - trail, -1);
    const title = t.length - trail - gap;
    if (gap && (gap > 1 || title >= MIN_TITLE_WITH_ONE_SPACE)) return { key: squeeze(t.slice(0, title)), page: t.slice(title + gap) };
  }
  if (ENDS_SENTENCE.test(t)) return undefined;
  return { key: squeeze(t) };
}

/** Runs of white space as one space, without a copy when there are none. */
function squeeze(s: string): string {
  return /\s\s|[\t\r\f]/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/**
 * The lines that are page furniture, among the candidates `isCandidate` allows (lines no other rule claims): a
 * text that recurs beside two or more different page numbers, a bare page number seen three times or more, or a
 * line that recurs before table rows (`isRow`) at least twice, and nowhere else but at the end of a table, as a
 * table's column headings do. Undefined when there is none, as in most documents.
 */
export function findFurniture(lines: readonly string[], isCandidate: (i: number) => boolean, isRow: (i: number) => boolean = () => false): Uint8Array | undefined {
  const short: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isShort(lines[i])) short.push(i);
  return furnitureAmong(lines, short, isCandidate, isRow);
}

/**
 * True when line `i` could be counted as furniture: short, and with a page number at an end, before a table row (or
 * up to five lines above one), at the end of a block, or within a few lines of a page number (a blank line too: it
 * may part a running title from its number). An edit that leaves a line unable to be furniture, before and after,
 * cannot change which lines are (the keystroke path relies on it).
 */
export function mayBeFurniture(lines: readonly string[], i: number, isRow: (i: number) => boolean): boolean {
  if (nearPageNumber(lines, i)) return true;
  const line = lines[i];
  if (!isShort(line)) return false;
  if (edgeDigit(line) || endsBlock(lines, i)) return true;
  // Column headings' lines stand before a row, or up to five lines above one (headingsAbove), blank lines between.
  for (let k = 1; k <= 2 * HEADING_LINES; k++) if (isRow(i + k)) return true;
  return false;
}

/** True for a line furniture could be: not blank and not long. */
export function isShort(line: string): boolean {
  return line.length > 0 && line.length <= MAX_LENGTH + 20;
}

/**
 * `findFurniture` over the short lines already found (`short`, ascending): the parser gathers them on its one pass
 * over the lines, so that a document with no furniture, like most, costs no second pass.
 */
export function furnitureAmong(
  lines: readonly string[],
  short: readonly number[],
  isCandidate: (i: number) => boolean,
  isRow: (i: number) => boolean = () => false,
  claimed: readonly number[] = [],
): Uint8Array | undefined {
  // (A row's place is read past a line a rule claimed, a browser's footer standing between headings and their row.)
  const rowAt = pastClaimed(lines, isRow, claimed);
  const seen = new Map<string, { lines: number[]; pages: Set<string> }>();
  /** Short lines that end a block: a table's last column headings may stand there, if the same text stands before rows. */
  const blockEnds: number[] = [];
  /** The bare page numbers, also those a rule has claimed already (as the other furniture). */
  const pages: number[] = [];
  const add = (i: number, k: Key) => {
    let entry = seen.get(k.key);
    if (!entry) seen.set(k.key, (entry = { lines: [], pages: new Set() }));
    entry.lines.push(i);
    if (k.page !== undefined) entry.pages.add(k.page);
  };
  for (const i of short) {
    const line = lines[i];
    // Most short lines neither start nor end with a digit nor stand before a table row: settled without trimming.
    if (!edgeDigit(line) && !beforeRow(lines, i, rowAt)) {
      if (endsBlock(lines, i)) blockEnds.push(i);
      continue;
    }
    const k = keyOf(line);
    if (k?.key === '#page') pages.push(i);
    if (k && isCandidate(i)) add(i, k);
  }
  // Page numbers a rule claimed as furniture already count as pages too.
  for (const i of claimed) if (isPageNumber(lines[i])) pages.push(i);
  if (seen.size === 0 && pages.length === 0) return undefined;
  // (A page break inside a sentence is read last, so that what the rest finds is as it was without it.)
  if (seen.size === 0 && pages.length < MIN_PAGES) return breaksInSentences(lines, pages, isCandidate, undefined);
  let out: Uint8Array | undefined;
  for (const i of blockEnds) {
    const k = keyOf(lines[i]);
    if (k && seen.has(k.key) && isCandidate(i)) add(i, k);
  }
  for (const [key, entry] of seen) {
    const numbered = entry.pages.size >= 2 || (key === '#page' && entry.lines.length >= 3);
    const beforeRows = entry.lines.filter((i) => beforeRow(lines, i, rowAt)).length;
    const atEnds = entry.lines.every((i) => beforeRow(lines, i, rowAt) || endsBlock(lines, i));
    // A table's column headings, repeated over its rows on each page; not a field that entries close with, the same in
    // two or more of them ("Status: Complete" before the next numbered entry).
    const headings = key !== '#page' && entry.pages.size === 0 && entry.lines.length >= 2 && beforeRows >= 2 && atEnds && !SENTENCE_INSIDE.test(key) && !isFieldLine(lines[entry.lines[0]]) && differentRowsAfter(lines, entry.lines);
    if (!numbered && !headings) continue;
    out ??= new Uint8Array(lines.length);
    for (const i of entry.lines) out[i] = 1;
    if (headings) headingsAbove(lines, entry.lines, isCandidate, out);
  }
  out = headingsWrappedApart(lines, seen, rowAt, isCandidate, out);
  if (pages.length >= MIN_PAGES) out = runningTitles(lines, pages.sort((a, b) => a - b), isCandidate, out);
  return pages.length ? breaksInSentences(lines, pages, isCandidate, out) : out;
}

/**
 * A page break inside a sentence, seen once (a short copy of a document has one): a page number ("Page 1 of 9", "12")
 * between a line that ends no sentence and one that goes on in small letters (or "Page 1 of 9" or "- 1 -" alone between
 * any two lines of text, which says what it is), and the running title beside it if
 * there is one — "… the recommendations and other 'advice' it" / "Page 1 of 9" / "Government Response to the
 * Committee" / "provides for its Ministerial audience." — all within a few lines of the number (so that an edit which
 * changes what they say is near a page number: `mayBeFurniture`).
 */
function breaksInSentences(lines: readonly string[], pages: readonly number[], isCandidate: (i: number) => boolean, out: Uint8Array | undefined): Uint8Array | undefined {
  const near = (page: number, k: number) => k >= 0 && k < lines.length && Math.abs(k - page) <= MAX_GAP + 1;
  // A running title opens with a capital, ends no sentence, and a blank line parts it from the text on its other side.
  // After the page number (the next page's header), inside the sentence the break cut, it is one even where a rule
  // reads it ("Government Response" reads as a reply's heading): no heading stands inside a sentence. (Before the
  // number, a line a rule reads may be the cut sentence's own start, "1. The Department should …".) A user's
  // annotation line stays.
  const title = (k: number, read: boolean) =>
    out?.[k] !== 1 && isShort(lines[k]) && (isCandidate(k) || (read && !ANNOTATION_LINE.test(lines[k]))) && !startsLowerCase(lines[k]) && !endsSentence(lines[k]) && !isPageNumber(lines[k]);
  for (const page of pages) {
    if (!isCandidate(page) || out?.[page] === 1) continue;
    const cut = (before: number, after: number) => !endsSentence(lines[before]) && startsLowerCase(lines[after]);
    const up = lineOver(lines, page, -1, MAX_GAP);
    const down = lineOver(lines, page, 1, MAX_GAP);
    if (!near(page, up) || !near(page, down)) continue;
    let run: number[] | undefined;
    const below = lineOver(lines, down, 1, MAX_GAP);
    const above = lineOver(lines, up, -1, MAX_GAP);
    if (near(page, below) && below > down + 1 && title(down, true) && cut(up, below)) run = [page, down];
    else if (near(page, above) && above < up - 1 && title(up, false) && cut(above, down)) run = [up, page];
    // "Page 1 of 9" (or "- 1 -") says what it is: it need not cut a sentence ("… (Para 23)" / "Page 1 of 9" / "Review of …"), though
    // a heading beside it then stays (it may be the next part's, "Annex A") — but for the line straight under it, a
    // blank line after, that names no part: the next page's running title ("Page 1 of 9" / "Government Response to
    // the Committee" / "").
    else if (saysPage(lines[page]) && down === page + 1 && title(down, false) && !NAMED_HEADING.test(lines[down].trim()) && (down + 1 === lines.length || !lines[down + 1].trim())) run = [page, down];
    // The document's only bare page number, a blank line on each side, after a paragraph's end ("… (Paragraph 33)" /
    // "" / "2" / "" / "Not accepted. …"): a short copy's one page break between paragraphs. (Two or more are read as
    // pages above; a number that begins a recommendation has its stop, "2.", or its words beside it.)
    else if (cut(up, down) || saysPage(lines[page]) || (pages.length === 1 && !lines[page - 1]?.trim() && lines[page + 1] !== undefined && !lines[page + 1].trim() && endsSentence(lines[up]))) run = [page];
    if (!run) continue;
    out ??= new Uint8Array(lines.length);
    for (const k of run) out[k] = 1;
  }
  return out;
}

/** An annotation's line ("@note: …"): the user's, never furniture. */
const ANNOTATION_LINE = /^\s*@/;

/** Bare page numbers seen this often make a document's pages, whose running title may stand on a line of its own. */
const MIN_PAGES = 3;
/** How many blank lines may stand between a page number and the running title beside it. */
const MAX_GAP = 2;

/**
 * A running title on a line of its own beside the page number ("2" / "" / "Government Response to the Committee:
 * Homes for later life"), as a PDF's text gives it: a line that stands next to half the page numbers or more (the
 * title page's own title, with no number beside it, stays). A heading next to a page number now and then does not,
 * nor a line a rule reads ("Government response", "Recommendation 4"), however often it stands there.
 */
function runningTitles(lines: readonly string[], pages: readonly number[], isCandidate: (i: number) => boolean, out: Uint8Array | undefined): Uint8Array | undefined {
  const near = new Map<string, { lines: Set<number>; pages: Set<number> }>();
  for (const page of pages) {
    for (const step of [-1, 1] as const) {
      const j = lineOver(lines, page, step, MAX_GAP);
      if (j < 0 || j >= lines.length || out?.[j] === 1 || !isShort(lines[j]) || !isCandidate(j)) continue;
      const k = keyOf(lines[j]);
      if (!k || k.page !== undefined) continue;
      let entry = near.get(k.key);
      if (!entry) near.set(k.key, (entry = { lines: new Set(), pages: new Set() }));
      entry.lines.add(j);
      entry.pages.add(page);
    }
  }
  for (const entry of near.values()) {
    // Lines of their own, each beside a page number: one line between two numbers (a page of one line) is text.
    if (entry.lines.size < 2 || entry.pages.size < 2 || 2 * entry.pages.size < pages.length) continue;
    out ??= new Uint8Array(lines.length);
    for (const j of entry.lines) out[j] = 1;
    // A title a wrap carried onto a second line ("… Homes for" / "later life"): the same words right after it (or
    // before it, over a blank line in text with one after every line) beside every one of its page numbers.
    for (const step of [-1, 1] as const) {
      const beside = [...entry.lines].map((j) => lineOver(lines, j, step, 1));
      const key = beside[0] >= 0 && beside[0] < lines.length ? keyOf(lines[beside[0]]) : undefined;
      const same = (k: number) => k >= 0 && k < lines.length && out![k] !== 1 && isShort(lines[k]) && isCandidate(k) && keyOf(lines[k])?.key === key!.key;
      if (key && key.page === undefined && beside.every(same)) for (const k of beside) out[k] = 1;
    }
  }
  return out;
}

/** True for a bare page number's line ("12", "Page 4 of 20"). */
function isPageNumber(line: string): boolean {
  return line.length <= 40 && PAGE_ONLY.test(line.trim());
}

/**
 * The next line of text from line `i` on in direction `step` (1 down, -1 up), over up to `blanks` blank lines; past
 * the document's edge, -1 or its length.
 */
function lineOver(lines: readonly string[], i: number, step: 1 | -1, blanks: number): number {
  let j = i + step;
  for (let gap = 0; gap < blanks && j >= 0 && j < lines.length && !lines[j].trim(); gap++) j += step;
  return j;
}

/** True when a bare page number stands within a few lines of line `i`: a running title beside it may be furniture. */
function nearPageNumber(lines: readonly string[], i: number): boolean {
  for (let k = i - MAX_GAP - 1; k <= i + MAX_GAP + 1; k++) {
    const line = lines[k];
    if (k !== i && line !== undefined && isPageNumber(line)) return true;
  }
  return false;
}

/** A sentence's end inside a line: a word's mark, then a space and a capital ("… this policy. We have …"), not an abbreviation's ("No. Recommendation"). */
const SENTENCE_INSIDE = /[a-z]{3}[.!?][ \t]+["“‘']?[A-Z]/;

/**
 * The words line `j` gives as a line of column headings (its furniture key), or undefined where it cannot be one: not
 * short, a rule's, beside a page number, or holding a sentence's end ("… to this policy. We have …" is text that a
 * copied page repeats).
 */
function headingWordsAt(lines: readonly string[], j: number, isCandidate: (i: number) => boolean): string | undefined {
  const k = isShort(lines[j]) && !SENTENCE_INSIDE.test(lines[j]) && isCandidate(j) ? keyOf(lines[j]) : undefined;
  return k && k.page === undefined ? k.key : undefined;
}

/** How many lines a table's column headings may take when a wrap spread them ("Recommendations … Government Response" / "Notes"). */
const HEADING_LINES = 6;

/** The lines above column headings found at `at` that read the same at every place: the headings' first lines, which a wrap set apart. */
function headingsAbove(lines: readonly string[], at: readonly number[], isCandidate: (i: number) => boolean, out: Uint8Array): void {
  const above = [...at];
  for (let up = 1; up < HEADING_LINES; up++) {
    let key: string | undefined;
    for (let n = 0; n < above.length; n++) {
      // The line above, over a blank line (text with a blank line after every line).
      const j = lineOver(lines, above[n], -1, 1);
      const k = j >= 0 ? headingWordsAt(lines, j, isCandidate) : undefined;
      if (k === undefined || (key !== undefined && k !== key)) return;
      key = k;
      above[n] = j;
    }
    for (const j of above) out[j] = 1;
  }
}

/**
 * Column headings a wrap cut at different words before different rows ("… Response/Follow-up" / "Further … Notes",
 * and "… Response/Follow-up Further" / "GovernmentAction Notes"), so that no line of them repeats: the same words
 * over the lines that end before a row, read up from there, at two places or more. Each line before a row that no
 * other test took is read up to HEADING_LINES lines high (over a blank line, as headingsAbove), never past a line
 * that cannot be headings; the fewest lines that match at a place are taken there.
 */
function headingsWrappedApart(
  lines: readonly string[],
  seen: ReadonlyMap<string, { lines: number[]; pages: Set<string> }>,
  isRow: (i: number) => boolean,
  isCandidate: (i: number) => boolean,
  out: Uint8Array | undefined,
): Uint8Array | undefined {
  // Lines before a row whose words stand before no other row: the ends of headings a wrap may have cut differently.
  const ends: number[] = [];
  for (const [key, entry] of seen) if (key !== '#page' && entry.pages.size === 0 && entry.lines.length === 1 && out?.[entry.lines[0]] !== 1 && beforeRow(lines, entry.lines[0], isRow)) ends.push(entry.lines[0]);
  if (ends.length < 2) return out;
  // The words of 1 to HEADING_LINES lines ending at each, by those words: where (the lines) each reading stands.
  const joined = new Map<string, number[][]>();
  for (const end of ends) {
    const taken: number[] = [];
    let words = '';
    for (let j = end, n = 0; n < HEADING_LINES && j >= 0; n++, j = lineOver(lines, j, -1, 1)) {
      const k = headingWordsAt(lines, j, isCandidate);
      if (k === undefined) break;
      words = words ? `${k} ${words}` : k;
      taken.push(j);
      let places = joined.get(words);
      if (!places) joined.set(words, (places = []));
      places.push([...taken]);
    }
  }
  // Shorter readings first, so that each place takes the fewest lines that match (a row's last line, "Accepted", above
  // its headings at both places stays the row's).
  const done = new Set<number>();
  for (const [, places] of [...joined].filter(([, p]) => p.length >= 2).sort((a, b) => a[0].length - b[0].length)) {
    const here = places.filter((p) => !done.has(p[0]));
    if (here.length < 2 || !differentRowsAfter(lines, here.map((p) => p[0]))) continue;
    out ??= new Uint8Array(lines.length);
    for (const p of here) {
      done.add(p[0]);
      for (const j of p) out[j] = 1;
    }
  }
  return out;
}

/** True when the lines after `at` are not all the same: column headings repeat before other rows, a copied passage before the same. */
function differentRowsAfter(lines: readonly string[], at: readonly number[]): boolean {
  const after = (i: number) => lines[lineOver(lines, i, 1, 1)];
  const first = after(at[0]);
  return at.some((i) => after(i) !== first);
}

/** How many lines a rule claimed as furniture may stand between column headings and the row after them. */
const MAX_CLAIMED_BETWEEN = 3;

/**
 * `isRow`, read past the lines a rule claimed as furniture (a browser's printed footer between column headings and
 * the row after them): such a line is a row's place when a row follows it, over a blank line, within a few lines.
 */
function pastClaimed(lines: readonly string[], isRow: (i: number) => boolean, claimed: readonly number[]): (i: number) => boolean {
  if (!claimed.length) return isRow;
  const furniture = new Set(claimed);
  return (i) => {
    let j = i;
    for (let n = 0; n < MAX_CLAIMED_BETWEEN && furniture.has(j); n++) j = lineOver(lines, j, 1, 1);
    return isRow(j);
  };
}

/** True when a table row follows line `i`: on the next line, or after one blank line (text with a blank line after every line). */
function beforeRow(lines: readonly string[], i: number, isRow: (i: number) => boolean): boolean {
  return isRow(lineOver(lines, i, 1, 1));
}
