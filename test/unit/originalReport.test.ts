// The Committee's own report: its numbered paragraphs read from text (as typed, as a PDF import writes it, hard-wrapped),
// which workspace file is the original of a response, and "(Paragraph N)" leading to it and showing its first sentences.
import { strict as assert } from 'assert';
import type { LocationLink } from 'vscode-languageserver-types';
import { parse, type Position, type Report } from '../../server/src/model';
import { definition } from '../../server/src/features/definition';
import { previewHover } from '../../server/src/features/previewHover';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { workspaceReport } from '../../server/src/features/overview';
import { completions } from '../../server/src/features/completion';
import { documentLinks } from '../../server/src/features/links';
import { layoutHover } from '../../server/src/features/layouts';
import {
  originalFor,
  originalParagraph,
  readOriginal,
  resolveReportPath,
  type Candidate,
  type OriginalReport,
} from '../../server/src/features/originalReport';
import { importDocument } from '../../server/src/import';
import { splitLines } from '../../server/src/model';
import { lines, withCursor } from '../support/fixture';
import { textToPdf } from '../support/pdf';
import { readSeed } from '../../scripts/corpus';

const ORIGINAL = lines(
  'House of Commons', // 0
  'Housing, Communities and Local Government Committee', // 1
  '',
  'Temporary accommodation for homeless families', // 3
  '',
  'Fourth Report of Session 2024–25', // 5
  '',
  'Report, together with formal minutes relating to the report',
  '',
  'HC 512', // 9
  'Published on 14 February 2025',
  '',
  'Contents',
  '1 Introduction 5',
  '2 Costs 9',
  '',
  '1 Introduction', // 16
  '',
  '1. More families live in temporary accommodation than at any time since records began. Councils told us the cost is rising fast.', // 18
  '',
  '2. We took evidence from councils, charities and families.', // 20
  '',
  '2 Costs', // 22
  '',
  '3. Councils spent £2.3 billion on temporary accommodation last year.', // 24
  'Most of it went on nightly-paid rooms. The rest', // 25
  'went on leased homes.', // 26
  '',
  '4. Local housing allowance rates have been frozen since 2020.', // 28
  '',
  'Conclusions and recommendations', // 30
  '',
  '1. The Department should publish a plan to end the use of bed and breakfast rooms for families. (Paragraph 3)', // 32
  '',
  '2. The Government should link local housing allowance to local rents. (Paragraph 4)', // 34
  '',
  'Formal minutes', // 36
  '',
  '1. Members present: the Chair.', // 38
);

const RESPONSE = lines(
  'Government response to the Housing, Communities and Local Government Committee',
  '',
  'The Committee published its report Temporary accommodation for homeless families (HC 512) on 14 February 2025.', // 2
  '',
  '1. The Department should publish a plan to end the use of bed and breakfast rooms for families. (Paragraph 3)', // 4
  '',
  'We accept this recommendation and will publish the plan this year, as set out in paragraph 2 of the report.', // 6
  '',
  '2. The Government should link local housing allowance to local rents. (Paragraph 4)', // 8
  '',
  'We do not accept this recommendation.', // 10
);

const ORIGINAL_URI = 'file:///w/reports/temporary-accommodation.txt';
const RESPONSE_URI = 'file:///w/responses/response.txt';

function at(text: string, needle: string, offset = 0): { report: Report; pos: Position } {
  const { text: clean, position } = withCursor(text.replace(needle, needle.slice(0, offset) + '|' + needle.slice(offset)));
  return { report: parse(clean), pos: position };
}

function read(text: string): OriginalReport {
  const found = readOriginal(splitLines(text));
  assert.ok(found, 'read as a Committee report');
  return found;
}

describe("the Committee's own report: its paragraphs", () => {
  it('reads the numbered paragraphs, not the list under Conclusions and recommendations nor the formal minutes', () => {
    const original = read(ORIGINAL);
    assert.deepEqual(
      original.paragraphs.map((p) => [p.number, p.range.start.line, p.range.end.line]),
      [[1, 18, 18], [2, 20, 20], [3, 24, 26], [4, 28, 28]],
    );
    assert.equal(original.paragraphs[2].text, 'Councils spent £2.3 billion on temporary accommodation last year. Most of it went on nightly-paid rooms. The rest went on leased homes.');
    assert.deepEqual(original.paragraphs[0].numberRange, { start: { line: 18, character: 0 }, end: { line: 18, character: 2 } });
  });

  it('reads its title and HC number from the title page', () => {
    const original = read(ORIGINAL);
    assert.equal(original.title, 'Temporary accommodation for homeless families');
    assert.deepEqual(original.hc, ['512']);
  });

  it('reads paragraphs in bold, as Markdown headings and lists, and hard-wrapped without blank lines', () => {
    const markdown = lines(
      '# Ageing prisoners',
      '## First Report of Session 2025–26',
      '',
      '## 1 Introduction',
      '',
      '**1.** The prison population is ageing.',
      '2. Prisons were not built for old people.',
      'Many cannot climb stairs.',
      '3. Care is patchy.',
      '',
      '## Conclusions and Recommendations',
      '',
      '1. **The Ministry should publish a strategy.** (Paragraph 2)',
    );
    const original = read(markdown);
    assert.equal(original.title, 'Ageing prisoners');
    assert.deepEqual(
      original.paragraphs.map((p) => [p.number, p.text]),
      [[1, 'The prison population is ageing.'], [2, 'Prisons were not built for old people. Many cannot climb stairs.'], [3, 'Care is patchy.']],
    );
  });

  it('is not fooled by a response, a list inside a paragraph or numbers that jump', () => {
    assert.equal(readOriginal(splitLines(RESPONSE)), undefined, 'a response has no Conclusions and recommendations');
    assert.equal(readOriginal(splitLines(readSeed())), undefined, 'nor does the bundled report');
    const jumpy = read(lines('1. One.', '', '2. Two:', '1. a list item', '', '40. A table row, not paragraph 40.', '', '3. Three.', '', 'Conclusions and recommendations', '', '1. Do it. (Paragraph 3)'));
    assert.deepEqual(jumpy.paragraphs.map((p) => p.number), [1, 2, 3]);
    assert.equal(readOriginal(splitLines(lines('Conclusions and recommendations', '', '1. Do it. (Paragraph 3)', '', '2. And this.'))), undefined, 'only the list');
  });

  it('finds paragraph n quickly and says when there is none', () => {
    const original = read(ORIGINAL);
    assert.equal(originalParagraph(original, 3)?.range.start.line, 24);
    assert.equal(originalParagraph(original, 5), undefined);
    assert.equal(originalParagraph(original, 0), undefined);
  });
});

describe("the Committee's own report: which one a response answers", () => {
  const candidate: Candidate = { uri: ORIGINAL_URI, original: read(ORIGINAL) };
  const other: Candidate = { uri: 'file:///w/reports/other.txt', original: { title: 'Social care workforce and pay', hc: ['77'], paragraphs: [] } };

  it('by the HC number or the title the response cites', () => {
    assert.equal(originalFor(parse(RESPONSE), RESPONSE_URI, [other, candidate])?.uri, ORIGINAL_URI);
    const byTitle = RESPONSE.replace(' (HC 512)', '');
    assert.equal(originalFor(parse(byTitle), RESPONSE_URI, [other, candidate])?.uri, ORIGINAL_URI);
    const neither = byTitle.replace('Temporary accommodation for homeless families', 'on homelessness');
    assert.equal(originalFor(parse(neither), RESPONSE_URI, [other, candidate]), undefined);
  });

  it('by an @report: line, relative to the response, which decides even against the HC number', () => {
    const named = `@report: ../reports/other.txt\n\n${RESPONSE}`;
    assert.equal(originalFor(parse(named), RESPONSE_URI, [candidate, other])?.uri, other.uri);
    const missing = `@report: ../reports/missing.txt\n\n${RESPONSE}`;
    assert.equal(originalFor(parse(missing), RESPONSE_URI, [candidate, other]), undefined);
    assert.equal(resolveReportPath('file:///w/responses/r.txt', '../reports/My report.txt'), 'file:///w/reports/My%20report.txt');
    assert.equal(resolveReportPath('vscode-test-web://mount/responses/r.txt', 'orig.txt'), 'vscode-test-web://mount/responses/orig.txt');
    // Only a relative path, and inside the workspace's folders when they are known.
    assert.equal(resolveReportPath('file:///w/responses/r.txt', '../reports/x.txt', ['file:///w']), 'file:///w/reports/x.txt');
    assert.equal(resolveReportPath('file:///w/responses/r.txt', '../reports/x.txt', ['file:///w/responses']), undefined);
    assert.equal(resolveReportPath('file:///w/responses/r.txt', '../../../etc/passwd', ['file:///w']), undefined);
    for (const hostile of ['command:workbench.action.terminal.new', 'https://example.org/report.txt', 'javascript:alert(1)', 'C:\\reports\\x.txt', '/etc/passwd', '//host/share/r.txt', '\\\\host\\share\\r.txt']) {
      assert.equal(resolveReportPath('file:///w/responses/r.txt', hostile), undefined, hostile);
    }
    assert.deepEqual(documentLinks(parse('@report: command:workbench.action.terminal.new\n'), RESPONSE_URI), [], 'never a command link');
  });

  it('never itself', () => {
    const self: Candidate = { uri: RESPONSE_URI, original: candidate.original };
    assert.equal(originalFor(parse(RESPONSE), RESPONSE_URI, [self]), undefined);
  });

  it('an @report: line belongs to no recommendation, and is offered after "@"', () => {
    const report = parse(`@report: original.txt\n\n${RESPONSE}`);
    assert.deepEqual(report.annotations.map((a) => [a.kind, a.value, a.recommendation]), [['report', 'original.txt', undefined]]);
    assert.ok(completions('@', { line: 0, character: 1 }, []).some((c) => c.label === '@report'));
  });

  it('makes the @report: path a link to the file, relative to the response', () => {
    const links = documentLinks(parse(`@report: ../reports/Temporary accommodation.txt\n\n${RESPONSE}`), RESPONSE_URI);
    assert.deepEqual(
      links.map((l) => [l.target, l.range.start.character, l.range.end.character]),
      [['file:///w/reports/Temporary%20accommodation.txt', 9, 47]],
    );
  });
});

describe("the Committee's own report: links and hovers from the response", () => {
  const candidate: Candidate = { uri: ORIGINAL_URI, original: read(ORIGINAL) };

  it('"(Paragraph 3)" leads to the response and to paragraph 3 of the original', () => {
    const { report, pos } = at(RESPONSE, '(Paragraph 3)', 3);
    const links = definition(report, RESPONSE_URI, pos, candidate);
    assert.deepEqual(
      links.map((l) => [l.targetUri, l.targetSelectionRange.start.line]),
      [[RESPONSE_URI, 6], [ORIGINAL_URI, 24]],
    );
    assert.deepEqual(links[1].targetRange, { start: { line: 24, character: 0 }, end: { line: 26, character: 21 } });
    assert.deepEqual(definition(report, RESPONSE_URI, pos).map((l) => l.targetUri), [RESPONSE_URI], 'without the original, the response only');
  });

  it('"paragraph 2 of the report" in running text leads to the original when no recommendation cites it', () => {
    const { report, pos } = at(RESPONSE, 'paragraph 2 of', 2);
    assert.deepEqual(definition(report, RESPONSE_URI, pos), []);
    assert.deepEqual(definition(report, RESPONSE_URI, pos, candidate).map((l) => [l.targetUri, l.targetSelectionRange.start.line]), [[ORIGINAL_URI, 20]]);
  });

  it("the hover on a citation shows the response and the original paragraph's first sentences, escaped", () => {
    const { report, pos } = at(RESPONSE, '(Paragraph 3)', 3);
    const value = String((previewHover(report, pos, candidate)?.contents as { value: string }).value);
    assert.match(value, /^\*\*Recommendation 1\*\* \(Paragraph 3\) — response/);
    assert.match(value, /\*\*Paragraph 3 of the Committee's report\*\* \(\*Temporary accommodation for homeless families\*\)\n\nCouncils spent £2\\\.3 billion on temporary accommodation last year\\\. Most of it went on nightly\\-paid rooms\\\. …$/);
    const missing = at(RESPONSE.replace('(Paragraph 4)', '(Paragraph 40)'), '(Paragraph 40)', 3);
    const none = String((previewHover(missing.report, missing.pos, candidate)?.contents as { value: string }).value);
    assert.match(none, /\*The Committee's report \(\*Temporary accommodation for homeless families\*\) has no paragraph 40\.\*$/);
    const elsewhere = at(RESPONSE.replace('paragraph 2 of the report', 'paragraph 9 of the Code'), 'paragraph 9', 2);
    assert.doesNotMatch(String((previewHover(elsewhere.report, elsewhere.pos, candidate)?.contents as { value: string }).value), /Committee's report/);
    const plain = String((previewHover(report, pos)?.contents as { value: string }).value);
    assert.doesNotMatch(plain, /Committee's report/);
  });

  it('every citation of the bundled report leads to the paragraph of that number in an original made for it', () => {
    const seed = parse(readSeed());
    const cited = [...new Set(seed.recommendations.flatMap((r) => r.paragraphs))];
    const max = Math.max(...cited);
    const paras = Array.from({ length: max }, (_, i) => `${i + 1}. Evidence paragraph ${i + 1} of the inquiry. It says more.`);
    const made = read(['Special educational needs and disabilities', '', 'First Report of Session 2019', '', 'HC 20', '', ...paras.flatMap((p) => [p, '']), 'Conclusions and recommendations', '', '1. Do it. (Paragraph 1)'].join('\n'));
    const match = originalFor(seed, 'file:///w/seed.txt', [{ uri: ORIGINAL_URI, original: made }]);
    assert.ok(match, 'found by its HC number and title');
    for (const rec of seed.recommendations) {
      for (const citation of rec.citations) {
        const found: LocationLink[] = definition(seed, 'file:///w/seed.txt', citation.range.start, match).filter((l) => l.targetUri === ORIGINAL_URI);
        const wanted = made.paragraphs.find((p) => p.number === citation.paragraph);
        assert.ok(wanted && found.some((l) => l.targetRange.start.line === wanted.range.start.line), `Paragraph ${citation.paragraph}`);
      }
    }
  });
});

describe("the Committee's own report: as a document of its own", () => {
  it('lists its recommendations without flagging each as unanswered, and is not a row of the views', () => {
    const report = parse(ORIGINAL);
    assert.equal(report.recommendations.length, 2);
    const codes = computeDiagnostics(report, ORIGINAL_URI, DEFAULT_SETTINGS).map((d) => d.code);
    assert.ok(!codes.includes('no-response'), codes.join());
    assert.equal(workspaceReport(ORIGINAL_URI, report, 2), undefined);
    const title = String((layoutHover(report, report.sections[0].selectionRange.start)?.contents as { value: string }).value);
    assert.match(title, /This is the \*\*Committee's own report\*\* \(4 numbered paragraphs\)/);
    const response = parse(RESPONSE);
    assert.doesNotMatch(String((layoutHover(response, response.sections[0].selectionRange.start)?.contents as { value: string }).value), /own report/);
    assert.ok(computeDiagnostics(parse(RESPONSE.replace('We do not accept this recommendation.', '3. Another recommendation. (Paragraph 9)')), RESPONSE_URI, DEFAULT_SETTINGS).some((d) => d.code === 'no-response'), 'a response still is');
  });

  it('imports from a PDF and reads back the same paragraphs', async () => {
    const pdf = await textToPdf(ORIGINAL, { header: 'Temporary accommodation for homeless families', linesPerPage: 12 });
    const imported = await importDocument(pdf, 'original.pdf');
    assert.match(imported.summary, /^the Committee's own report, 4 numbered paragraphs and 2 recommendations$/);
    const original = read(imported.text);
    assert.deepEqual(original.paragraphs.map((p) => [p.number, p.text]), read(ORIGINAL).paragraphs.map((p) => [p.number, p.text]));
    assert.equal(original.title, 'Temporary accommodation for homeless families');
    assert.deepEqual(original.hc, ['512']);
  });
});
