// Tells a file that is not text (an image, a zip, a PDF opened as text) from a report, before anything is read.

/** How much of the start is looked at: enough to tell, cheap on a huge file. */
const SAMPLE = 65_536;
/** More than this share of control characters or replacement characters in the sample: not text. */
const MAX_ODD_SHARE = 0.1;

/** True for text with a NUL byte, or where control and replacement characters are more than a tenth of the start. */
export function isBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  return n > 0 && odd / n > MAX_ODD_SHARE;
}
