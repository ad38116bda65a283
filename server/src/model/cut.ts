// Shortening a line of the document for a title or a label: between two words, never inside one.

/** `s` cut to at most `maxChars` characters between two words, with "…" where it was cut. */
export function cutAtWord(s: string, maxChars: number): string {
  if (s.length <= maxChars) return s;
  const space = s.lastIndexOf(' ', maxChars - 1);
  // A single word longer than the whole allowance is the one case cut inside a word.
  const cut = space > 0 ? space : maxChars - 1;
  return s.slice(0, cut).replace(/[\s,;:–—-]+$/, '') + '…';
}
