// parse(text) → Report: splits the text into its line state, reads the lines into paragraphs by the layout rules
// (reader.ts), and joins what they mean into recommendations and responses (builder.ts). Never throws.
import { isBinary } from './binary';
import { ReportBuilder } from './builder';
import { reparseOneLine } from './keystroke';
import { eolOf, splitLines } from './lines';
import { readParagraphs } from './reader';
import { findReferences, keywordOffsets } from './references';
import { alignLines, LineState } from './state';
import type { Report } from './types';
import { recordVersion, recommendationsStart, stateOf } from './versions';

const DEFAULT_SHORT_TITLE_WORDS = 8;

export interface ParseOptions {
  shortTitleWords?: number;
  /**
   * The model of the document's previous version. The result is the same as without it; the scans of the lines an
   * edit left alone are reused instead of repeated, which is what keeps re-analysis after a keystroke fast.
   */
  previous?: Report;
}

/** Parses a report. Any input, however malformed, gives a model: unknown parts are plain text. */
export function parse(text: string, options: ParseOptions = {}): Report {
  const given = typeof text === 'string' ? text : '';
  if (isBinary(given)) return binaryReport(given);
  let source = withPlainSpaces(given);
  // Looked for once: both the line split and the line ending need it, and a text without one is read to its end.
  const firstCr = source.indexOf('\r');
  const starts: number[] = [];
  let lines = splitLines(source, firstCr, starts);
  if (wideSpaceNearStart(lines)) {
    source = source.replace(WIDE_SPACES, ' ');
    lines = lines.map((l) => l.replace(WIDE_SPACES, ' '));
  }
  const previous = options.previous;
  const before = previous && stateOf(previous);
  // Before anything else reads the lines, while the text is in the cache (see references.ts).
  const keywords = before ? undefined : keywordOffsets(source);
  const map = before ? alignLines(before.lines, lines) : undefined;
  const state = new LineState(source, lines, starts, before && map ? { state: before, map } : undefined);
  const shortTitleWords = options.shortTitleWords ?? DEFAULT_SHORT_TITLE_WORDS;
  const link = previous && map ? { report: previous, map } : undefined;
  if (previous && before && map) {
    const start = recommendationsStart(previous);
    const patched = reparseOneLine(previous, before, state, map, shortTitleWords, start);
    if (patched) return recordVersion(patched, state, start, link);
  }
  const paragraphs = readParagraphs(state);
  const builder = new ReportBuilder(state, shortTitleWords);
  const built = builder.build();
  const report: Report = { ...built, text: source, references: findReferences(state, paragraphs, keywords), eol: eolOf(source, firstCr) };
  return recordVersion(report, state, builder.start, link);
}

/**
 * The text with its no-break spaces as spaces: Word and web pages put them between "Recommendation" and its number,
 * or "Paragraph" and its, where every rule looks for a space. One character for one, so every offset and range is
 * the document's. (Looked for with two searches for one character: a pattern with a class of both took fifty times
 * as long on the bundled report.)
 */
function withPlainSpaces(text: string): string {
  return text.indexOf('\u00a0') < 0 && text.indexOf('\u202f') < 0 ? text : text.replace(NO_BREAK_SPACES, ' ');
}
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

/**
 * True when a line has an en, em, thin or other wide space among its first characters, where a number or a label
 * stands ("1.\u2002The Department …", as Word and some web pages space a number from its words): then every such
 * space is read as a space, one for one, as no-break spaces are. Looked for at the lines' starts only: a search of the
 * whole text for them costs as much as a tenth of the bundled report's parse (V8 finds them by the byte they share
 * with every space), and in running text they change no reading. So is a form feed, which `pdftotext` puts at the
 * start of each page's first line ("\fThe Committee also recommended …"), where it hid the line's first word.
 */
function wideSpaceNearStart(lines: readonly string[]): boolean {
  for (const line of lines) {
    const n = line.length < WIDE_SPACE_REACH ? line.length : WIDE_SPACE_REACH;
    let k = 0;
    while (k < n && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)) k++;
    // Up to the first word's end: a wide space stands where the first ordinary space would ("1.\u2002The",
    // "Recommendation\u20022"); most lines' first word ends within a few characters.
    for (; k < n; k++) {
      const c = line.charCodeAt(k);
      if (c === 32 || c === 9) break;
      if ((c >= 0x2000 && c <= 0x200a) || c === 12) return true;
    }
  }
  return false;
}
/** How far into a line a wide space is looked for: past "Recommendation" and its number. */
const WIDE_SPACE_REACH = 20;
const WIDE_SPACES = /[\u2000-\u200a\f]/g;

/** The model of a file that is not text: nothing in it is read. */
function binaryReport(text: string): Report {
  return {
    lineCount: 1, eol: '\n', text, lines: [''], paragraphs: [], sections: [], recommendations: [], responses: [], groups: [],
    annotations: [], references: [], parts: [], layouts: [], furniture: [], binary: true,
  };
}
