// Property-based tests (fast-check): for arbitrary text and for mutations of the seed, the model and every feature never
// throw, ranges stay inside the document, siblings do not overlap, mappings point at real items, and parsing is repeatable.
// FUZZ_RUNS sets the number of cases per property (npm run fuzz runs 100,000).
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parse, reportLineStarts, splitLines, type Range, type Report } from '../../server/src/model';
import { recommendationShortTitle, recommendationText, shortTitleOf } from '../../server/src/model/recommendationText';
import { withoutTrailingCitation } from '../../server/src/model/citations';
import { createReportService } from '../../server/src/service';
import { briefingText } from '../../server/src/features/briefingText';
import { asHeadedPaper, asPdfCopy, readSeed } from '../../scripts/corpus';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { stances } from '../../server/src/features/stance';
import { contentWords, sharedWords, STOPWORDS } from '../../server/src/model/words';
import { lineStarts } from '../../server/src/model/textIndex';

const RUNS = Number(process.env.FUZZ_RUNS) || 150;
const seedLines = readSeed().split('\n');

function inside(report: Report, r: Range, what: string): void {
  const ok = (p: { line: number; character: number }) =>
    p.line >= 0 && p.line < report.lineCount && p.character >= 0 && p.character <= report.lines[p.line].length;
  assert.ok(ok(r.start) && ok(r.end), `${what} ${JSON.stringify(r)} lies outside the document`);
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what} ends before it starts`);
}

function noOverlap(ranges: Range[], what: string): void {
  const sorted = [...ranges].sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1].end;
    const b = sorted[i].start;
    assert.ok(a.line < b.line || (a.line === b.line && a.character <= b.character), `${what} overlap: ${JSON.stringify(sorted[i - 1])} and ${JSON.stringify(sorted[i])}`);
  }
}

/** Every invariant of a model. */
function checkModel(report: Report): void {
  for (const rec of report.recommendations) {
    inside(report, rec.range, 'recommendation');
    inside(report, rec.numberRange, 'recommendation number');
    for (const c of rec.citations) inside(report, c.range, 'citation');
    for (const r of rec.responses) assert.ok(report.responses[r], 'a recommendation maps to an existing response');
  }
  for (const resp of report.responses) {
    inside(report, resp.range, 'response');
    for (const a of resp.answers) assert.ok(report.recommendations[a], 'a response maps to an existing recommendation');
    if (resp.jointWith !== undefined) assert.ok(report.responses[resp.jointWith]);
  }
  for (const g of report.groups) inside(report, g.range, 'group');
  for (const a of report.annotations) inside(report, a.range, 'annotation');
  for (const r of report.references) inside(report, r.range, 'reference');
  noOverlap(report.recommendations.map((r) => r.range), 'recommendations');
  noOverlap(report.responses.map((r) => r.range), 'responses');
  noOverlap(report.groups.map((g) => g.range), 'groups');
  noOverlap(report.sections.map((s) => s.range), 'sections');
}

const service = createReportService();
let version = 0;

/** Runs every feature at a few positions; none may throw. */
function exerciseFeatures(text: string, positions: { line: number; character: number }[]): void {
  const doc = { uri: 'file:///fuzz.txt', languageId: 'committee-report', version: ++version, getText: () => text };
  service.documentSymbols(doc);
  service.foldingRanges(doc);
  service.documentLinks(doc);
  service.codeLenses(doc);
  const diagnostics = service.diagnostics(doc);
  service.codeActions(doc, diagnostics);
  const data = service.briefingRows(doc);
  if (data) briefingText(data.rows, data.name, 'csv');
  for (const p of positions) {
    service.definition(doc, p);
    service.references(doc, p, true);
    service.hover(doc, p);
    service.completions(doc, p, [doc]);
    service.selectionRanges(doc, [p]);
    service.goToResponse(doc, p);
  }
}

const reportLine = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '', '(Paragraph 27)', 'Introduction', '@note: x', '@stance: maybe', '@note[R3]: y', '- item', 'Response from Ofsted: paragraph 42'),
  fc.tuple(fc.integer({ min: 0, max: 60 }), fc.lorem({ maxCount: 12 }), fc.integer({ min: 0, max: 99 })).map(([n, t, p]) => `${n}. ${t} (Paragraph ${p})`),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.lorem({ maxCount: 8 })).map(([p, t]) => `Paragraph ${p}: ${t}`),
  fc.lorem({ maxCount: 30 }).map((t) => `In our response to recommendations 1–3 and paragraph 4 ${t} WSoA (WSOA) LAs`),
);

const position = fc.record({ line: fc.integer({ min: -2, max: 500 }), character: fc.integer({ min: -2, max: 2000 }) });

type Mutation = (lines: string[]) => string[];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i) => (ls: string[]) => ls.filter((_, j) => j !== i % ls.length)),
  fc.nat().map((i) => (ls: string[]) => [...ls.slice(0, i % ls.length), ls[i % ls.length], ...ls.slice(i % ls.length)]),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (ls: string[]) => {
    const out = [...ls];
    const a = i % out.length;
    const b = j % out.length;
    [out[a], out[b]] = [out[b], out[a]];
    return out;
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9999 })).map(([i, n]) => (ls: string[]) => ls.map((l, j) => (j === i % ls.length ? l.replace(/\d+/, String(n)) : l))),
  fc.nat().map((i) => (ls: string[]) => ls.map((l, j) => (j % 7 === i % 7 ? l + '\r' : l))),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 20 })).map(([i, s]) => (ls: string[]) => ls.map((l, j) => (j === i % ls.length ? s + l + '\u0000\u0007\u202e' : l))),
  fc.nat().map((i) => (ls: string[]) => ls.map((l, j) => (j === i % ls.length ? l + 'x'.repeat(10_000) : l))),
  fc.tuple(fc.nat(), fc.constantFrom('@note: added', '@stance: rejected', '@todo: x', '@ignore: all')).map(([i, a]) => (ls: string[]) => [...ls.slice(0, i % ls.length), a, ...ls.slice(i % ls.length)]),
);

describe(`properties (${RUNS} cases each)`, function () {
  this.timeout(0);

  it('arbitrary text: never throws, ranges valid, no sibling overlap, repeatable', () => {
    fc.assert(
      fc.property(fc.array(reportLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r'), (ls, eol) => {
        const text = ls.join(eol);
        const a = parse(text);
        checkModel(a);
        assert.deepEqual(parse(text), a);
      }),
      { numRuns: RUNS },
    );
  });

  it('arbitrary text: every feature answers at any position without throwing', () => {
    fc.assert(
      fc.property(fc.array(reportLine, { maxLength: 40 }), fc.array(position, { maxLength: 5 }), (ls, positions) => {
        exerciseFeatures(ls.join('\n'), positions);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  });

  it('binary garbage: parses without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        checkModel(parse(String.fromCharCode(...bytes)));
      }),
      { numRuns: RUNS },
    );
  });

  it('mutations of the seed: never throws, ranges valid, no sibling overlap, repeatable', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        const text = ms.reduce((ls, m) => m(ls), seedLines).join('\n');
        const a = parse(text);
        checkModel(a);
        assert.deepEqual(parse(text), a);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  });
});

describe(`incremental parsing (${RUNS} cases)`, function () {
  this.timeout(0);
  it('gives the same model and findings after typing inside one line (the keystroke path) as a fresh parse', () => {
    // The seed, and a report whose mis-cited headings are matched by position and by words in another group.
    const tricky = [
      '1. Neutral role for parents and carers. (Paragraph 1)', '', 'Yes.', '',
      '2. Other matter entirely. (Paragraph 2)', '', '3. Third matter here. (Paragraph 3)', '',
      'Paragraph 9: neutral role for parents', '', 'Text.', '',
      '4. Alpha beta gamma. (Paragraph 4)', '', 'Paragraph 8: Something else entirely.', '', 'More text here.',
    ].join('\n');
    const keystroke = fc.record({
      line: fc.nat(),
      column: fc.nat(),
      remove: fc.integer({ min: 0, max: 3 }),
      insert: fc.oneof(fc.string({ maxLength: 3 }).map((x) => x.replace(/[\r\n]/g, '')), fc.constantFrom('a', 'A', ' ', '.', '(', ')', 'WSOA', 'LAs', '7', 'recommendation 9', 'Paragraph 30', '(Paragraph 99)', ' 12', '3  ', 'Accepted', 'Response:')),
    });
    fc.assert(
      // Besides the seed, the layouts of issue 14 whose short lines could be page furniture or table rows.
      fc.property(fc.constantFrom(readSeed(), tricky, asPdfCopy(readSeed()), asHeadedPaper(readSeed()), TABLE, WRAPPED_HEADINGS, MINUTE, RENUMBERED, NAMED_ITEMS, PAGE_BREAK), fc.array(keystroke, { minLength: 1, maxLength: 8 }), (base, strokes) => {
        const lines = base.split('\n');
        let previous = parse(base);
        for (const k of strokes) {
          const i = k.line % lines.length;
          const c = k.column % (lines[i].length + 1);
          lines[i] = lines[i].slice(0, c) + k.insert + lines[i].slice(c + k.remove);
          const text = lines.join('\n');
          const incremental = parse(text, { previous });
          const full = parse(text);
          assert.deepEqual(incremental, full);
          // (Each recommendation's words and title are made when asked for, not kept: compared here as read.)
          assert.deepEqual(incremental.recommendations.map((x) => [x.text, x.shortTitle]), full.recommendations.map((x) => [x.text, x.shortTitle]));
          assert.deepEqual(reportLineStarts(incremental), reportLineStarts(full));
          assert.deepEqual(
            computeDiagnostics(incremental, 'file:///x.txt').map((d) => [d.code, d.range, d.message]),
            computeDiagnostics(full, 'file:///x.txt').map((d) => [d.code, d.range, d.message]),
          );
          previous = incremental;
        }
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  });

  it('moves the end of a heading whose paragraph took in its reply\'s lines, typed at the end of that paragraph (a case the property found)', () => {
    // In a PDF copy, "Paragraph 27: …" and its reply's lines are one paragraph; a space typed after its last word.
    const lines = asPdfCopy(readSeed()).split('\n');
    const previous = parse(lines.join('\n'));
    const last = lines.findIndex((l, i) => i > 0 && l === 'due course.' && lines[i + 1].startsWith('Paragraph 28:'));
    assert.ok(last > 0);
    lines[last] += ' ';
    const text = lines.join('\n');
    const incremental = parse(text, { previous });
    assert.equal(incremental.responses.find((r) => r.headingRange?.end.line === last)?.headingRange?.end.character, 'due course. '.length);
    assert.deepEqual(incremental, parse(text));
  });

  it('gives the same model, findings and stances with the previous version as without it, for any edit of the seed', () => {
    const base = readSeed();
    const baseReport = parse(base);
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 400 }),
      insert: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('\n', '\n\n', '\n\n17. New. (Paragraph 99)\n\n', 'Paragraph 45: x\n', '@note: y\n', '(Paragraph 3)', ' and ')),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = base;
        let previous = baseReport;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          const incremental = parse(text, { previous });
          const full = parse(text);
          assert.deepEqual(incremental, full);
          // (Each recommendation's words and title are made when asked for, not kept: compared here as read.)
          assert.deepEqual(incremental.recommendations.map((x) => [x.text, x.shortTitle]), full.recommendations.map((x) => [x.text, x.shortTitle]));
          const service = createReportService();
          const doc = (t: string, v: number) => ({ uri: 'file:///x.txt', languageId: 'committee-report', version: v, getText: () => t });
          assert.deepEqual(
            computeDiagnostics(incremental, 'file:///x.txt').map((d) => d.message),
            service.diagnostics(doc(text, 1)).map((d) => d.message),
          );
          assert.deepEqual(stances(incremental), stances(full));
          previous = incremental;
        }
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 5)) },
    );
  });
});

/** A Treasury Minute with two report parts and several numbers under one heading, for the keystroke property. */
const MINUTE = [
  'Ninth Report of Session 2024–25', 'Department for Education', 'Improving school buildings', '',
  '1. PAC conclusion: The department does not know the condition of many buildings.', '', '1. PAC recommendation: The department should complete its survey.', '',
  '1.1 The government agrees with the Committee’s recommendation.', '', 'Target implementation date: March 2026', '',
  'Tenth Report of Session 2024–25', 'HM Treasury', '', 'Recommendations 1 and 2', '', 'The Treasury should publish the model and consult on it openly.', '',
  'Government response to recommendations 1 and 2', '', 'Accepted. The Treasury will publish the model in the spring.',
].join('\n');
/** A heading that names several numbers over an item for each, for the keystroke property. */
const NAMED_ITEMS = [
  'Recommendation 1', 'The Home Office should create a database.', '', 'Response', 'Accepted.', '',
  'Recommendations 2 to 4', '2. Police forces should train all officers.', '3. The College should publish guidance.', '', '4. Forces should report annually.', '',
  'Response', 'The Government accepts these recommendations.', '', 'Recommendation 5', 'The Ministry should fund special measures.', '', 'Response', 'Not accepted.',
].join('\n');
/** Labelled replies in a list a converter numbered "1." throughout. */
const RENUMBERED = ['1. "The Department should plan." (Paragraph 14)', '', 'DHSC response: Agree', '', 'The plan follows.', '', '1. "The Department should pay." (Paragraph 22)', '', 'DHSC response: Disagree. Pay is set elsewhere.'].join('\n');

/** Single page breaks that cut sentences, the running title below the number and above it. */
const PAGE_BREAK = [
  '1. The Department should publish data. (Paragraph 3)', '', 'The Government agrees that the data should be published, and will', '', 'Page 1 of 9',
  'Government Response to the Committee', '', 'publish it every quarter.', '', '2. The Department should report. (Paragraph 4)', '', 'We agree that it', '',
  'Government Response to the Committee', 'Page 2 of 9', '', 'should report.', '', '12', '', 'Agreed.',
].join('\n');
/** A progress table with repeated column headings, for the keystroke property. */
const TABLE = ['No. Recommendation Government reply', '1.That it acts (Para 1) Accepted', '2.That it funds (Para 2) Noted', 'No. Recommendation Government reply', '3.That it reports (Para 3) Rejected'].join('\n');
/** …and with column headings a wrap cut at different words each time. */
const WRAPPED_HEADINGS = [
  'Recommendations and undertakings Government', 'Response Notes', '1.That it acts (Para 1) Accepted', '2.That it funds (Para 2)', 'Noted',
  'Recommendations and undertakings', 'Government Response Notes', '3.That it reports (Para 3) Rejected', 'Recommendations and', 'undertakings Government Response Notes', '4.That it consults (Para 4)',
].join('\n');

describe(`short titles (${RUNS} cases)`, function () {
  this.timeout(0);
  it('are the first words with runs of white space made one space, quotation, bold and italic markers and trailing punctuation dropped', () => {
    // The definition, written the slow, obvious way: words are runs of characters above U+0020.
    const reference = (text: string, words: number) => {
      const want = Math.max(1, words);
      const word = /[^\x00-\x20]+/g;
      let count = 0;
      let end = 0;
      let more = false;
      for (let m = word.exec(text); m; m = word.exec(text)) {
        if (count === want) {
          more = true;
          break;
        }
        count++;
        end = m.index + m[0].length;
      }
      const head = text.slice(0, end).replace(/^>[ \t]?/, '').replace(/\*\*/g, '').replace(/^([\s“"‘']*)[*_](?=\S)/, '$1').replace(/\s+/g, ' ').trim().replace(/[\s,;:.–—*_-]+$/, '');
      return more ? head + '…' : head;
    };
    const char = fc.constantFrom('a', 'B', ' ', '  ', '\t', '\u0001', '\u000b', '\u001f', '\u00a0', '\u2028', '*', '**', '_', '“', '>', '> ', ',', '.', '–', '—', '-', ';', ':', '(', ')', 'é');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.integer({ min: 0, max: 10 }), (cs, words) => {
        const text = cs.join('');
        assert.equal(shortTitleOf(text, words), reference(text, words));
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('read from the first lines equal the title of the whole text without its trailing citation', () => {
    const piece = fc.constantFrom('Do', 'the', 'thing.', '(Paragraph', '(Paragraph 5)', '(**Paragraph 27**)', '5)', '**', '(', ')', 'a', '—', '  ', '(Paragraphs 3 and 4)', 'x(y');
    const line = fc.array(piece, { maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 }), (ls, words, prefix) => {
        const lines = ls.map((l, i) => (i === 0 ? '12. '.slice(0, Math.min(prefix, 4)) + l : l));
        const p = { kind: 'recommendation' as const, rule: 'numbered-recommendation', lines: lines.map((_, i) => i), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, joinedAcrossBreak: false };
        const cut = Math.min(prefix, 4);
        assert.equal(recommendationShortTitle(lines, p, cut, words), shortTitleOf(withoutTrailingCitation(recommendationText(lines, p, cut)), words));
      }),
      { numRuns: RUNS * 10 },
    );
  });
});

describe(`line splitting (${RUNS} cases)`, function () {
  it('splits as a pattern for CRLF, CR and LF does, and finds where each line starts, whatever the mix of line ends', () => {
    const piece = fc.constantFrom('a', 'bc', ' ', '’', '\r', '\n', '\r\n', '\n\r', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const starts: number[] = [];
        const lines = splitLines(text, text.indexOf('\r'), starts);
        assert.deepEqual(lines, text.split(/\r\n|\r|\n/), JSON.stringify(text));
        assert.deepEqual(starts, lineStarts(text, lines), `line starts of ${JSON.stringify(text)}`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe(`content words (${RUNS} cases)`, function () {
  it('are the lower-case words of three letters or more that are not stop words, in order', () => {
    const piece = fc.constantFrom('the', 'The', 'their', 'should', 'Funding', 'SEND', 'EHC', 'à', 'élan', 'co-op', "Ofsted's", 'be', 'it’s', ' ', '-', "'", '7', '.', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const plain = (text.toLowerCase().match(/[a-zà-ÿ][a-zà-ÿ'’-]*/g) ?? []).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
        assert.deepEqual(contentWords(text), plain, JSON.stringify(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('are counted where they stand as they are when collected', () => {
    const piece = fc.constantFrom('the', 'The', 'funding', 'Funding', 'fund', 'SEND', 'send', 'élan', 'ÉLAN', 'co-op', "-co-op'", "Ofsted's", 'ofsted', 'it’s', 'x÷y', ' ', '-', "'", '’', '7', '.', 'x', 'ab', 'abc');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(piece, { maxLength: 12 }), (pieces, quoted) => {
        const text = pieces.join('');
        const words = new Set(contentWords(quoted.join('')));
        const collected = new Set(contentWords(text));
        assert.equal(sharedWords(words, text), [...words].filter((w) => collected.has(w)).length, JSON.stringify([quoted.join(''), text]));
      }),
      { numRuns: RUNS },
    );
  });
});
