// Document links: "<https://…>", bare https:// and www. addresses, and the file an `@report:` line names. Markdown
// placeholders like "[text](#)" are not links.
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Report } from '../model';
import { resolveReportPath } from './originalReport';

const URL = /https?:\/\/[^\s<>()[\]"“”]+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>()[\]"“”]*)?/gi;
/** Sentence punctuation after an address belongs to the sentence. */
const TRAILING = /[.,;:!?'’]+$/;

/** `uri`: the document's own, which an `@report:` path is relative to (no such link without it); `roots`: the workspace's folders, which it must stay inside. */
export function documentLinks(report: Report, uri?: string, roots?: readonly string[]): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const a of report.annotations) {
    const target = a.kind === 'report' && a.value && uri ? resolveReportPath(uri, a.value, roots) : undefined;
    if (!target) continue;
    const text = report.lines[a.line];
    const start = text.lastIndexOf(a.value);
    out.push({
      range: { start: { line: a.line, character: start }, end: { line: a.line, character: start + a.value.length } },
      target,
      tooltip: "Open the Committee's report",
    });
  }
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
