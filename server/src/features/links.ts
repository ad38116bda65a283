// Document links: "<https://…>", bare https:// and www. addresses. Markdown placeholders like "[text](#)" are not links.
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Report } from '../model';

const URL = /https?:\/\/[^\s<>()[\]"“”]+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>()[\]"“”]*)?/gi;
/** Sentence punctuation after an address belongs to the sentence. */
const TRAILING = /[.,;:!?'’]+$/;

export function documentLinks(report: Report): DocumentLink[] {
  const out: DocumentLink[] = [];
  report.lines.forEach((s, line) => {
    if (s.indexOf('http') < 0 && s.indexOf('www.') < 0) return;
    URL.lastIndex = 0;
    for (let m = URL.exec(s); m; m = URL.exec(s)) {
      const text = m[0].replace(TRAILING, '');
      const target = /^www\./i.test(text) ? `https://${text}` : text;
      out.push({
        range: { start: { line, character: m.index }, end: { line, character: m.index + text.length } },
        target,
        tooltip: `Open ${target}`,
      });
    }
  });
  return out;
}
