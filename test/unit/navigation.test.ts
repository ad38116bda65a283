// Navigation on inline fixtures: definitions both ways, references in running text, highlights, links, previews, lenses, commands.
import { strict as assert } from 'assert';
import { parse, type Position, type Report } from '../../server/src/model';
import { definition } from '../../server/src/features/definition';
import { documentHighlights, references } from '../../server/src/features/references';
import { documentLinks } from '../../server/src/features/links';
import { previewHover } from '../../server/src/features/previewHover';
import { codeLenses } from '../../server/src/features/codeLens';
import { goToRecommendation, goToResponse } from '../../server/src/features/goTo';
import { escapeMarkdown } from '../../server/src/features/markdown';
import { firstSentences } from '../../server/src/features/sentences';
import { lines, withCursor } from '../support/fixture';

const URI = 'file:///r.txt';

const REPORT = lines(
  '7. Nobody acts on the data.', '(Paragraph 27)', '', // 0-1
  '8. Revisits are not enough. (Paragraph 28)', '', // 3
  'Paragraph 27: Nobody acts on the data.', '', // 5
  'We set the framework. We monitor it closely.', '', // 7
  'Paragraph 28: Revisits are not enough.', '', // 9
  'We disagree.', '', // 11
  '9. Ofsted should look at schools. (Paragraph 29)', '', // 13
  'In our response to recommendations 7–8 above we explained this. See paragraph 29 of the report and recommendation 9.', '', // 15
  '10. No one answers this. (Paragraph 30)', '', // 17
  '11. Another. (Paragraph 31)', '', // 19
  'Paragraph 31: Another.', '', // 21
  'Done. Visit <https://example.org/a>, www.gov.uk/x or [the page](#).', // 23
);

function at(text: string, needle: string, offset = 0): { report: Report; pos: Position } {
  const { text: clean, position } = withCursor(text.replace(needle, needle.slice(0, offset) + '|' + needle.slice(offset)));
  return { report: parse(clean), pos: position };
}

const lineOf = (links: { targetSelectionRange: { start: { line: number } } }[]) => links.map((l) => l.targetSelectionRange.start.line);

describe('definition', () => {
  it('goes from a citation on the line after a recommendation to its response heading', () => {
    const { report, pos } = at(REPORT, '(Paragraph 27)', 3);
    assert.deepEqual(lineOf(definition(report, URI, pos)), [5]);
  });
  it('goes from a recommendation number to its response', () => {
    const { report, pos } = at(REPORT, '8. Revisits', 0);
    assert.deepEqual(lineOf(definition(report, URI, pos)), [9]);
  });
  it('goes from a response heading back to its recommendation', () => {
    const { report, pos } = at(REPORT, 'Paragraph 28: Revisits', 2);
    const links = definition(report, URI, pos);
    assert.deepEqual(lineOf(links), [3]);
    assert.deepEqual(links[0].originSelectionRange, { start: { line: 9, character: 0 }, end: { line: 9, character: 12 } });
  });
  it('gives no location for a recommendation with no response', () => {
    const { report, pos } = at(REPORT, '(Paragraph 30)', 2);
    assert.deepEqual(definition(report, URI, pos), []);
  });
  it('goes from "our response to recommendations 7–8" to both responses', () => {
    const { report, pos } = at(REPORT, 'recommendations 7–8', 4);
    assert.deepEqual(lineOf(definition(report, URI, pos)), [5, 9]);
  });
  it('goes from "paragraph 29 of the report" and "recommendation 9" to recommendation 9', () => {
    const a = at(REPORT, 'paragraph 29 of', 3);
    assert.deepEqual(lineOf(definition(a.report, URI, a.pos)), [13]);
    const b = at(REPORT, 'recommendation 9.', 3);
    assert.deepEqual(lineOf(definition(b.report, URI, b.pos)), [13]);
  });
  it('reads "recommendations 7, 8 and 9", "7 to 9" and "R12" / "Rec 12" in annotations', () => {
    const text = lines('7. A. (Paragraph 1)', '', '8. B. (Paragraph 2)', '', '9. C. (Paragraph 3)', '', 'See recommendations 7, 8 and 9 and recommendations 7 to 9.', '@note: compare R8 and Rec 9');
    const report = parse(text);
    assert.deepEqual(report.references.map((r) => r.numbers), [[7, 8, 9], [7, 8, 9], [8], [9]]);
    assert.deepEqual(lineOf(definition(report, URI, { line: 7, character: 16 })), [2]);
  });
  it('does not read "R12" in running text or "paragraph 3 of Schedule 2" as references', () => {
    const report = parse(lines('3. A. (Paragraph 3)', '', 'Under paragraph 3 of Schedule 2 and R3, nothing.'));
    assert.deepEqual(report.references, []);
  });
  it('answers nothing away from any reference', () => {
    const { report, pos } = at(REPORT, 'We disagree', 4);
    assert.deepEqual(definition(report, URI, pos), []);
  });
});

describe('references and highlights', () => {
  it('finds every place that refers to a recommendation, running-text mentions included', () => {
    const { report, pos } = at(REPORT, '(Paragraph 29)', 3);
    const found = references(report, URI, pos, true).map((l) => [l.range.start.line, l.range.start.character]);
    assert.deepEqual(found, [[13, 0], [13, 34], [15, 68], [15, 99]]);
    assert.equal(references(report, URI, pos, false).length, 3, 'without the declaration');
  });
  it('finds the same from a response heading, including the "recommendations 7–8" range', () => {
    const { report, pos } = at(REPORT, 'Paragraph 27: Nobody', 1);
    const found = references(report, URI, pos, true).map((l) => l.range.start.line);
    assert.deepEqual(found, [0, 1, 5, 15]);
  });
  it('highlights the recommendation number as the declaration', () => {
    const { report, pos } = at(REPORT, 'Paragraph 31: Another', 1);
    const hl = documentHighlights(report, pos);
    assert.deepEqual(hl.map((h) => [h.range.start.line, h.kind]), [[19, 3], [19, 2], [21, 2]]);
  });
});

describe('documentLinks', () => {
  it('links <https://…>, bare addresses and www. addresses, not [text](#) placeholders', () => {
    const links = documentLinks(parse(REPORT));
    assert.deepEqual(links.map((l) => l.target), ['https://example.org/a', 'https://www.gov.uk/x']);
    assert.equal(links[1].range.end.character - links[1].range.start.character, 'www.gov.uk/x'.length);
  });
});

describe('previewHover', () => {
  it('shows the first sentences of the response on a citation', () => {
    const { report, pos } = at(REPORT, '(Paragraph 27)', 3);
    const value = (previewHover(report, pos)!.contents as { value: string }).value;
    assert.match(value, /^\*\*Recommendation 7\*\* \(Paragraph 27\) — response/);
    assert.match(value, /We set the framework\\\. We monitor it closely\\\./);
  });
  it('shows the recommendation on a response heading, and says when there is no response', () => {
    const a = at(REPORT, 'Paragraph 28: Revisits', 1);
    assert.match((previewHover(a.report, a.pos)!.contents as { value: string }).value, /Revisits are not enough/);
    const b = at(REPORT, '10. No one', 0);
    assert.match((previewHover(b.report, b.pos)!.contents as { value: string }).value, /No government response/);
  });
  it('escapes document text so it cannot become a link, command or HTML', () => {
    const report = parse(lines('1. Act. (Paragraph 1)', '', 'See [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold**.'));
    const value = (previewHover(report, { line: 0, character: 10 })!.contents as { value: string }).value;
    assert.ok(!value.includes('](command:'), value);
    assert.ok(!value.includes('<img'), value);
    assert.ok(value.includes('\\[x\\]\\(command:workbench\\.action\\.terminal\\.new\\)'));
  });
});

describe('codeLenses', () => {
  it('puts "Response ↓" or "No response" above each recommendation and "↑ Recommendation N" above each response', () => {
    const lenses = codeLenses(parse(REPORT), URI);
    const titles = lenses.map((l) => `${l.range.start.line}:${l.command!.title}`);
    assert.deepEqual(titles, [
      // Stances 'unclear' (no deciding words), where they were 'noted' by default before issue 14.
      '0:Response ↓ · unclear', '3:Response ↓ · rejected', '13:Response ↓ · unclear', '17:No response', '19:Response ↓ · unclear',
      '5:↑ Recommendation 7', '9:↑ Recommendation 8', '15:↑ Recommendation 9', '21:↑ Recommendation 11',
    ]);
    assert.deepEqual(lenses[0].command!.arguments, [URI, { start: { line: 5, character: 0 }, end: { line: 5, character: 38 } }]);
  });
});

describe('goToResponse and goToRecommendation', () => {
  it('goes from anywhere in a recommendation to its response and back from anywhere in the response', () => {
    const report = parse(REPORT);
    assert.deepEqual(goToResponse(report, { line: 3, character: 10 }), { range: { start: { line: 9, character: 0 }, end: { line: 9, character: 38 } } });
    assert.deepEqual(goToRecommendation(report, { line: 11, character: 3 }), { range: report.recommendations[1].numberRange });
  });
  it('explains when there is nowhere to go', () => {
    const report = parse(REPORT);
    assert.deepEqual(goToResponse(report, { line: 17, character: 5 }), { message: 'Recommendation 10 has no government response in this report.' });
  });
});

describe('markdown helpers', () => {
  it('escapes every Markdown metacharacter and HTML', () => {
    assert.equal(escapeMarkdown('a*b_[c](d)<e>&'), 'a\\*b\\_\\[c\\]\\(d\\)&lt;e\\>&amp;');
  });
  it('cuts to whole sentences', () => {
    assert.equal(firstSentences('One. Two. Three.', 2), 'One. Two. …');
    assert.equal(firstSentences('Only one sentence here.'), 'Only one sentence here.');
  });
});
