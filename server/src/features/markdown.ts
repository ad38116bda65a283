// Markdown helpers: document text is untrusted, so everything taken from it is escaped before it reaches a hover.

/** Escapes Markdown and HTML syntax so document text shows as typed and never becomes a link, image, command or tag. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

