// Reports built to be slow: every analysis of them stays linear (the server answers them in time, and the next
// request is not kept waiting).
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createReportService } from '../../server/src/service';
import { GlossaryStore } from '../../server/src/glossaryStore';
import { WorkspaceReports } from '../../server/src/workspaceReports';
import type { WorkspaceFiles } from '../../server/src/workspaceFiles';
import { within } from './bounds';

/** Diagnostics, outline, folding and code lenses of `text`, as a report opened afresh. */
function analyse(text: string) {
  const service = createReportService();
  const doc = TextDocument.create('file:///hostile.txt', 'committee-report', 1, text);
  return { diagnostics: service.diagnostics(doc), symbols: service.documentSymbols(doc), folding: service.foldingRanges(doc), lenses: service.codeLenses(doc) };
}

describe('hostile reports: every analysis stays linear', () => {
  it('reads a report copied with no blank lines (100,000 short lines in one paragraph)', async () => {
    // Joining the lines onto the growing paragraph: 17.5 s for 50,000 lines; 100,000 never answered.
    const text = Array.from({ length: 100_000 }, (_, i) => `word${i} and more of the text-`).join('\n');
    const { diagnostics } = await within(8000, 'the analysis', () => analyse(text));
    assert.ok(Array.isArray(diagnostics));
  });

  it('reads 20,000 recommendations that share a number and cite one paragraph', async () => {
    // The message naming the recommendations that cite a paragraph was worked out again for each: 5 s for 8,000.
    const text = Array.from({ length: 20_000 }, () => '1. The Government should act now. (Paragraph 3)\n\nGovernment response\n\nWe agree.\n').join('\n');
    const { diagnostics } = await within(8000, 'the analysis', () => analyse(text));
    const cites = diagnostics.filter((d) => d.code === 'duplicate-paragraph');
    assert.equal(cites.length, 19_999);
    assert.match(String(cites[0].message), /^Recommendations 1–20000 all cite Paragraph 3\./);
    assert.ok(cites.every((d) => (d.relatedInformation?.length ?? 0) <= 8));
  });

  it('reads lines that are one long run of digits (a reference number, a barcode)', async () => {
    // Read as the end of a citation a line break cut ("20)", "21 and 22)."), a run of digits could be split into
    // numbers of up to four digits in every way there is: 5 s for a line of 30 digits, twice as long for each more.
    const digits = '978152860000000000000000000000';
    const text = `1. The Government should act now. (Paragraph 3)\n${digits}\n\nGovernment response\n\nWe agree.\n${digits}\n${digits}x\n`;
    const { symbols } = await within(3000, 'the analysis', () => analyse(text));
    assert.ok(symbols.length > 0);
  });

  it('reads a table row whose reply cells stand apart by a long run of spaces', async () => {
    // The cells' line breaks ("<br>") were replaced with a pattern that tried the run from each of its spaces: 4.4 s for 100,000.
    const text = `| No. | Recommendation | Response | Detail |\n| --- | --- | --- | --- |\n| 1 | The Department should act. (Paragraph 3) | Accepted |${' '.repeat(200_000)}| Soon. |\n`;
    const { symbols } = await within(3000, 'the analysis', () => analyse(text));
    assert.ok(symbols.length > 0);
  });

  it('reads table rows whose first cell is one word 200,000 characters long, before a bar or a tab', async () => {
    // Whether a cell held three words was asked by a pattern that tried the word from each of its characters: 0.8 s for
    // 40,000, the square of its length.
    const word = 'a'.repeat(200_000);
    for (const row of [`1. ${word} | Accepted.`, `A${word}\tAccepted.`, `| ${word} | Accepted. |`, `1\t${word}\tAccepted.`, `Recommendation 1: ${word} | Accept |`]) {
      const { symbols } = await within(3000, 'the analysis', () => analyse(`Government response\n\n${row}\n`));
      assert.ok(Array.isArray(symbols), row.slice(0, 20));
    }
  });

  it('reads a line of 200,000 colons after a citation, each of which a reply\'s label might end', async () => {
    // Who answers was looked for before each colon back to the line's start ("Response from …:"): 53 s for this line.
    const text = `1. The Department should act. (Paragraph 3) ${'a:'.repeat(200_000)}\n\nResponse from the Department: Agreed.\n`;
    const { symbols } = await within(3000, 'the analysis', () => analyse(text));
    assert.ok(symbols.length > 0);
  });

  it('reads a page\'s top copied with no blank lines, its lines joined one after another in small letters', async () => {
    // Whether a wrap cut the title was asked of all the lines joined so far, once for each line: the square of its length.
    const text = `Skip to main content\nMenu\nGovernment response to the Committee\n${Array.from({ length: 60_000 }, () => 'and more of the words').join('\n')}\n\nRecommendation 1\nThe Department should act. (Paragraph 3)\n\nGovernment response\nAgreed.\n`;
    const { symbols } = await within(4000, 'the analysis', () => analyse(text));
    assert.ok(symbols.length > 0);
  });

  it('reads lines of dots that end nearly as a contents list\'s entries do', async () => {
    // Read by a pattern, the dots could be split between the leader and what may follow it in every way: 1 ms a line.
    const text = Array.from({ length: 20_000 }, (_, i) => `${i}. The entry ${'.'.repeat(140)}b9`).join('\n');
    const { symbols } = await within(5000, 'the analysis', () => analyse(text));
    assert.ok(Array.isArray(symbols));
  });

  it('reads a label that names 200 recommendations, repeated 10,000 times, as a bounded number of them', async () => {
    // Each "Recommendations 1-200" was 200 recommendations: 2,000,000 from 510 KB of text (36 s and 4.5 GB).
    const text = Array.from({ length: 10_000 }, () => 'Recommendations 1-200\n\nThe Department should act.\n').join('\n');
    const { symbols } = await within(8000, 'the analysis', () => analyse(text));
    const count = createReportService().getReport(TextDocument.create('file:///h.txt', 'committee-report', 1, text))?.recommendations.length ?? 0;
    assert.ok(symbols.length > 0);
    assert.ok(count > 10_000 && count <= 20_200 + 10_000, String(count));
  });

  it('reads one response that answers 9,999 recommendations', async () => {
    // Each recommendation's code lens named all the others, and each read the shared response's words again: 40 s.
    // (Numbers past 9999 are not read as recommendations: the response answers the first 9,999.)
    const n = 12_000;
    const text = `${Array.from({ length: n }, (_, i) => `${i + 1}. The Government should do this thing now. (Paragraph ${i + 1})\n`).join('\n')}\nGovernment response to recommendations 1-${n}\n\nWe agree with all of them.\n`;
    const { lenses, symbols } = await within(8000, 'the analysis', () => analyse(text));
    assert.ok(symbols.length > 0);
    const first = lenses.find((l) => l.command?.title.startsWith('Response'));
    assert.equal(first?.command?.title, 'Response ↓ (shared with 2–9999) · accepted');
    const middle = lenses.filter((l) => l.command?.title.startsWith('Response'))[5000];
    assert.equal(middle.command?.title, 'Response ↓ (shared with 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 9986 more) · accepted');
  });
});

describe('hostile glossary files', () => {
  it('places the problems of a glossary with 32,000 faulty entries at once, and shows a bounded number of them', async () => {
    // Each problem's position was found by slicing and splitting the whole text again: 89 s for 32,000.
    const text = `{ "entries": [\n${Array.from({ length: 32_000 }, (_, i) => `  { "term": "T${i}", "expansion": 3 }`).join(',\n')}\n] }\n`;
    const reader: WorkspaceFiles = {
      handles: () => true,
      readFile: async () => ({ text }),
      readDirectory: async () => [],
    };
    const store = new GlossaryStore(reader, new WorkspaceReports(reader));
    store.setFolders(['file:///w']);
    const published = await within(8000, 'reading the glossary', () => store.reload());
    const diagnostics = published[0].diagnostics;
    assert.equal(diagnostics.length, 200);
    // The second entry's expansion, on the file's third line.
    assert.deepEqual(diagnostics[1].range.start, { line: 2, character: text.split('\n')[2].indexOf(': 3') + 2 });
    assert.match(String(diagnostics[199].message), /31800 more problems in this file are not shown/);
  });
});
