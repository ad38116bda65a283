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
  const source = withPlainSpaces(given);
  // Looked for once: both the line split and the line ending need it, and a text without one is read to its end.
  const firstCr = source.indexOf('\r');
  const starts: number[] = [];
  const lines = splitLines(source, firstCr, starts);
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
 * The text with its no-break spaces as spaces, and the typesetter's en, em and thin spaces: Word and web pages put them
 * between "Recommendation" and its number, or "Paragraph" and its, where every rule looks for a space. One character for
 * one, so every offset and range is the document's. (Looked for with a search for each character, about a microsecond
 * each on the bundled report: a pattern with a class of them took fifty times as long.)
 */
function withPlainSpaces(text: string): string {
  for (const space of WIDE_SPACES) if (text.indexOf(space) >= 0) return text.replace(WIDE_SPACE, ' ');
  return text;
}
const WIDE_SPACES = ['\u00a0', '\u202f', '\u2002', '\u2003', '\u2009'];
const WIDE_SPACE = /[\u00a0\u202f\u2002\u2003\u2009]/g;

/** The model of a file that is not text: nothing in it is read. */
function binaryReport(text: string): Report {
  return {
    lineCount: 1, eol: '\n', text, lines: [''], paragraphs: [], sections: [], recommendations: [], responses: [], groups: [],
    annotations: [], references: [], parts: [], layouts: [], furniture: [], binary: true,
  };
}
