// What the hostile suite and the fuzzer check exports with: a report whose words try every trick, a CSV reader, and a
// strict XML 1.0 reader for each part of a Word file.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/** A report whose words try every trick: formulas, a remote image and HTML, and characters XML does not allow. */
export const HOSTILE_REPORT = [
  'Government response to the =HYPERLINK("https://example.org/x","click") Committee',
  '',
  "1. =cmd|' /C calc'!A0 The Government should act. (Paragraph 3)",
  '',
  'Government response',
  '',
  '+SUM(A1:A9) We agree. ![tracker](https://example.org/pixel.png) <img src=https://example.org/q.png> [see](https://example.org/r)',
  '',
  '2. @SUM(1) -2+3 The Government should stop\uFFFE\u0001\u0008. (Paragraph 4)',
  '',
  'Government response',
  '',
  '\tWe reject this\uFFFF and\uD800 that.',
  '',
  '@note: =1+1',
  '@tags: -risky, @handle',
].join('\n');

/** The cells of a CSV text (quoted fields with doubled quotes, as RFC 4180 has them). */
export function csvCells(text: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('an unclosed quoted field');
        cell += text.slice(i, q);
        if (text[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /[,\r\n]/.exec(text.slice(i));
      const end = m ? i + m.index : text.length;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) i += 2;
    else if (text[i] === '\n' || text[i] === '\r') i++;
  }
  return cells;
}

/** Every XML part of a .docx, each read with a strict XML 1.0 parser; resolves with the problems found. */
export async function docxXmlProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(?:xml|rels)$/.test(n))) {
    const parser = new SaxesParser();
    parser.on('error', (e) => problems.push(`${name}: ${e.message}`));
    parser.write(await zip.files[name].async('string')).close();
  }
  return problems;
}
