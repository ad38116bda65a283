// Markdown helpers: document text is untrusted, so everything taken from it is escaped before it reaches a hover.

/** Escapes Markdown and HTML syntax so document text shows as typed and never becomes a link, image, command or tag. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

/** The first `sentences` sentences of `text`, cut to about `maxChars` characters at a word boundary. */
export function firstSentences(text: string, sentences = 2, maxChars = 360): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const re = /[.!?](?=["”’')]*\s+["“‘(]?\p{Lu})/gu;
  let end = clean.length;
  let found = 0;
  for (let m = re.exec(clean); m; m = re.exec(clean)) {
    if (++found === sentences) {
      end = m.index + 1;
      break;
    }
  }
  let out = clean.slice(0, end);
  if (out.length > maxChars) {
    const cut = out.lastIndexOf(' ', maxChars);
    out = out.slice(0, cut > maxChars / 2 ? cut : maxChars).replace(/[\s,;:–—-]+$/, '') + '…';
  } else if (end < clean.length) {
    out += ' …';
  }
  return out;
}
