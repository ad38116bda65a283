// Tells a file that is not text (an image, a zip, a PDF opened as text) from a report, before anything is read.

/** Where a NUL is looked for: binary data has one in its first bytes (a zip, an image, a PDF stream). */
const NUL_SAMPLE = 4_096;
/** How much of the start is counted for control characters: binary data has them from its first bytes. */
const SAMPLE = 2_048;
/** More than this share of control characters or replacement characters in the sample: not text. */
const MAX_ODD_SHARE = 0.1;
/** Control characters other than tab, line feed, form feed and carriage return, and U+FFFD (bytes that were not UTF-8). */
const ODD = /[\x01-\x08\x0B\x0E-\x1F\uFFFD]/g;
/** A NUL or any of ODD: most reports have neither in their first 4 KB, and one search settles them. */
const NUL_OR_ODD = /[\x00-\x08\x0B\x0E-\x1F\uFFFD]/;

/** True for text with a NUL in its first 4 KB, or where odd characters are more than a tenth of its first 2 KB. */
export function isBinary(text: string): boolean {
  const head = text.length > NUL_SAMPLE ? text.slice(0, NUL_SAMPLE) : text;
  if (!NUL_OR_ODD.test(head)) return false;
  if (head.indexOf('\0') >= 0) return true;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const odd = sample.match(ODD);
  return !!odd && odd.length / sample.length > MAX_ODD_SHARE;
}
