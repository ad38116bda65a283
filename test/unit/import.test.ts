// Importing a report as it is published: web pages and Word files built in the test from text fixtures in three
// layouts must read as the same recommendations, responses, stances and findings as the text they came from; bad
// input is refused in plain words; the CLI writes beside the source and never over a file.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { parse } from '../../server/src/model';
import { briefingRows } from '../../server/src/features/briefing';
import { pdfToText } from '../../server/src/import/pdf';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { stances } from '../../server/src/features/stance';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { freeName, ImportError, importDocument } from '../../server/src/import';
import { htmlToText } from '../../server/src/import/html';
import { responseBodyText } from '../../server/src/features/responseText';
import { run } from '../../server/src/cli';
import { textToPdf } from '../support/pdf';
import { PDFDocument as PdfDoc, StandardFonts } from 'pdf-lib';
import { readSeed } from '../../scripts/corpus';

const FRONT = `The Committee's report was published on 3 January 2025. The Government's response was received on 3 March 2025.`;

/** Three layouts (see model/rules), each with an answered, a rejected and an unanswered recommendation. */
const LAYOUTS: Record<string, string> = {
  headed: `Government response to the Health and Social Care Committee's report on NHS dentistry

${FRONT}

Recommendation 1

The Department should publish a dental recovery plan within six months. (Paragraph 12)

Government response

Accepted. The Department agrees and will publish the plan in the spring.

Recommendation 2

NHS England should fund every practice to take on new patients. (Paragraph 18)

Government response

Not accepted. The Government does not accept this recommendation, as funding is already allocated.

Recommendation 3

The Department should report its progress to the Committee every year. (Paragraph 22)
`,
  numbered: `Special Report: Government Response to the Committee's Report on Rural Transport

${FRONT}

1. The Department for Transport should publish a rural bus strategy. (Paragraph 7)

We agree with the Committee and will publish a strategy next year.

2. The Government should restore every bus route cut since 2010. (Paragraph 9)

We do not accept this recommendation. Local authorities decide which routes to run.

3. The Department should review concessionary fares. (Paragraph 15)
`,
  labelled: `Government response to the Justice Committee: prison capacity

${FRONT}

Recommendation 1: The Ministry of Justice should publish a ten-year capacity plan (paragraph 31).

MoJ response: Agree. The Ministry will publish the plan alongside the spending review.

Recommendation 2: The Ministry should stop using police cells as overflow (paragraph 40).

MoJ response: Disagree. Police cells remain a necessary contingency.

Recommendation 3: The Ministry should report quarterly on overcrowding (paragraph 44).
`,
};

/** What must survive an import: each recommendation's label, citations and whether it is answered; stances; findings. */
function reading(text: string) {
  const report = parse(text);
  return {
    recommendations: report.recommendations.map((r) => [r.label ?? String(r.number), r.paragraphs.join(','), r.responses.length > 0]),
    stances: stances(report).map((s) => s.inferred.stance),
    findings: computeDiagnostics(report, 'file:///x', DEFAULT_SETTINGS).map((d) => String(d.code)).sort(),
  };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isHeading = (p: string) => /^(?:Recommendation \d+|Government response)$/.test(p);
const isRecommendation = (p: string) => /^(?:\d+\.|Recommendation \d+:)/.test(p);

/** A gov.uk HTML publication: site header, cookie banner, navigation, a script, the article in <main>, a footer. */
function asGovUkPage(text: string): string {
  const [title, ...paras] = text.trim().split(/\n\n+/);
  const body = paras
    .map((p) => (isHeading(p) ? `<h2 id="x">${escape(p)}</h2>` : isRecommendation(p) ? `<p><strong>${escape(p)}</strong></p>` : `<p>${escape(p)}</p>`))
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} - GOV.UK</title>
<link rel="stylesheet" href="/assets/app.css"><script>window.GOVUK = { track: function () {} };</script></head>
<body class="govuk-template__body"><div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix"><p>We use some essential cookies to make this website work.</p><button>Accept additional cookies</button></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner"><a href="https://www.gov.uk/">GOV.UK</a><nav><ul><li><a href="/browse">Menu</a></li></ul></nav></header>
<main class="govuk-main-wrapper" id="main-content"><h1 class="gem-c-title__text">${escape(title)}</h1>
<nav class="gem-c-contents-list" aria-label="Contents"><ol><li>Contents</li></ol></nav>
<div class="govspeak">${body}</div></main>
<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0</p></footer><script src="/assets/app.js"></script></body></html>`;
}

/** A Commons publication page: numbered recommendations as an ordered list starting at their number, in bold. */
function asCommonsPage(text: string): string {
  const [title, ...paras] = text.trim().split(/\n\n+/);
  const body = paras
    .map((p) => {
      const m = /^(\d+)\. (.*)$/s.exec(p);
      return m ? `<ol start="${m[1]}"><li><b>${escape(m[2])}</b></li></ol>` : `<p>${escape(p)}</p>`;
    })
    .join('\n');
  return `<html><head><title>Publications</title><style>body{}</style></head><body>
<div class="cookie-consent" role="dialog"><p>This site uses cookies.</p></div>
<nav role="navigation"><a href="/">UK Parliament</a></nav>
<article><h1>${escape(title)}</h1>${body}</article>
<footer>© UK Parliament</footer></body></html>`;
}

/** A Word document: the title a heading, headings as headings, recommendations in bold. */
async function asWord(text: string): Promise<Uint8Array> {
  const [title, ...paras] = text.trim().split(/\n\n+/);
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          ...paras.map((p) =>
            isHeading(p)
              ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(p)] })
              : new Paragraph({ children: [new TextRun({ text: p, bold: isRecommendation(p) })] }),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('import: web pages and Word files read as the text they were made from', () => {
  for (const [layout, text] of Object.entries(LAYOUTS)) {
    it(`${layout}: a gov.uk page, a Commons page and a Word file`, async () => {
      const expected = reading(text);
      assert.equal(expected.recommendations.length, 3, 'the fixture reads as three recommendations');
      assert.deepEqual(expected.recommendations.map((r) => r[2]), [true, true, false]);
      for (const [source, made] of [['gov.uk page', bytes(asGovUkPage(text))], ['Commons page', bytes(asCommonsPage(text))], ['Word file', await asWord(text)]] as const) {
        const imported = await importDocument(made, `${layout}.${source === 'Word file' ? 'docx' : 'html'}`);
        assert.deepEqual(reading(imported.text), expected, `${layout} as a ${source}:\n${imported.text}`);
        assert.equal(imported.recommendations, 3);
        assert.doesNotMatch(imported.text, /cookies|GOV\.UK|UK Parliament|Menu|window\./, `${source}: page furniture left out`);
      }
    });
  }

  it('says what it left out of a page', async () => {
    const imported = await importDocument(bytes(asGovUkPage(LAYOUTS.headed)), 'page.html');
    assert.equal(imported.kind, 'web page');
    assert.ok(imported.removed.includes("everything outside the page's <main>"), imported.removed.join('; '));
    assert.ok(imported.removed.some((r) => /navigation menu/.test(r)), imported.removed.join('; '));
  });

  it('leaves out an older parliament page\'s header by its id and its menu by its class (`<div id="header">`, `<ul class="nav">`)', async () => {
    const page = '<html><body><div id="header"><img alt="UK Parliament"/><ul class="nav"><li><a href="/">Home</a></li><li><a href="/business">Parliamentary business</a></li></ul></div>'
      + '<ul class="nav"><li><a href="/mps">MPs, Lords &amp; offices</a></li></ul>'
      + '<h2>Third Special Report</h2><p><b>1. The Government should publish a plan. (Paragraph 34)</b></p><p>The Government accepts this recommendation.</p></body></html>';
    const imported = await importDocument(bytes(page), 'page.html');
    assert.equal(imported.text.split('\n')[0], '## Third Special Report');
    assert.doesNotMatch(imported.text, /Home|Parliamentary business|MPs, Lords/);
    assert.ok(imported.removed.some((r) => /page header/.test(r)) && imported.removed.some((r) => /navigation menu/.test(r)), imported.removed.join('; '));
    assert.equal(imported.recommendations, 1);
  });
});

/** The PDF made password-protected: a standard security handler whose user password is not the empty one. */
async function locked(pdf: Uint8Array): Promise<Uint8Array> {
  const { PDFDocument, PDFHexString } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf);
  const ctx = doc.context;
  const id = PDFHexString.of('ab'.repeat(16));
  ctx.trailerInfo.Encrypt = ctx.register(ctx.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -4, O: PDFHexString.of('0f'.repeat(32)), U: PDFHexString.of('e1'.repeat(32)) }));
  ctx.trailerInfo.ID = ctx.obj([id, id]);
  return doc.save({ useObjectStreams: false });
}

describe('import: PDFs read as the text they were made from', () => {
  for (const [layout, text] of Object.entries(LAYOUTS)) {
    it(`${layout}: running header, page numbers, a footnote, a hyphenated word, page breaks mid-sentence`, async () => {
      const pdf = await textToPdf(text, {
        header: 'Government Response to the Committee    HC 123',
        footnoteAfter: { word: '2025.', note: 'The report was ordered to be printed on 20 December 2024.' },
        hyphenate: layout === 'headed' ? 'allocated' : 'Committee',
        linesPerPage: 5,
      });
      const imported = await importDocument(pdf, `${layout}.pdf`);
      assert.equal(imported.kind, 'PDF');
      assert.deepEqual(reading(imported.text), reading(text), imported.text);
      assert.doesNotMatch(imported.text, /HC 123/, 'the running header is left out');
      assert.doesNotMatch(imported.text, /^\d+$/m, 'page numbers are left out');
      assert.match(imported.text, /\nFootnotes\n\n\[1\] The report was ordered to be printed on 20 December 2024\.\n$/);
      assert.match(imported.text, /2025\.\[1\]/, 'the marker is kept apart');
      assert.match(imported.text, layout === 'headed' ? /already allocated\./ : / Committee\b/, 'the hyphenated word is whole');
      assert.ok(imported.removed.some((r) => /running header or footer/.test(r)), imported.removed.join('; '));
    });
  }

  it('the bundled report, set as a PDF (a document the reader was not written for), reads as the report', async () => {
    const seed = readSeed();
    const pdf = await textToPdf(seed, { header: 'Special Educational Needs and Disabilities: Government Response    HC 1', hyphenate: 'Ombudsman' });
    const imported = await importDocument(pdf, 'seed.pdf');
    assert.deepEqual(reading(imported.text), reading(seed));
  });

  it('keeps the hyphen of a compound the document writes with one', async () => {
    const text = `${LAYOUTS.numbered.trim()}\n\nWe will support low-income families in rural areas, and low-income workers who travel to work by bus every day.\n`;
    const pdf = await textToPdf(text, { header: 'Rural transport', hyphenate: 'low-income' });
    const imported = await importDocument(pdf, 'compound.pdf');
    assert.equal((imported.text.match(/low-income/g) ?? []).length, 2, imported.text);
  });

  it('refuses a scan (no text), a damaged PDF and a locked one, in plain words', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const scan = await PDFDocument.create();
    scan.addPage([595, 842]);
    await assert.rejects(importDocument(await scan.save(), 'scan.pdf'), /scan\.pdf has no text in it, only images of pages \(a scan\)\. It needs text recognition \(OCR\) first/);
    const whole = await textToPdf(LAYOUTS.numbered, { header: 'x' });
    await assert.rejects(importDocument(whole.slice(0, 200), 'cut.pdf'), /cut\.pdf could not be read as a PDF|cut\.pdf has no text/);
    await assert.rejects(importDocument(bytes('%PDF-1.7\ngarbage'), 'junk.pdf'), /junk\.pdf could not be read as a PDF|junk\.pdf has no text/);
    await assert.rejects(importDocument(await locked(whole), 'locked.pdf'), /^Error: locked\.pdf is protected by a password\. Open it, save a copy without the password, and import that\.$/);
  });
});

describe("import: PDF.js leaves the process's built-ins as Node made them", () => {
  it("keeps Node's own Array.prototype.push, JSON.parse and JSON.stringify, which its polyfills replace in the bundle", () => {
    // The built importer, in a process of its own (its polyfills take over only when bundled: sloppy-mode code).
    // Identity, not toString: core-js makes its replacements say "[native code]" too.
    const script = `const before = [Array.prototype.push, JSON.parse, JSON.stringify, Set.prototype.add];
      require(${JSON.stringify(path.join(__dirname, '..', '..', 'dist', 'import.js'))});
      const after = [Array.prototype.push, JSON.parse, JSON.stringify, Set.prototype.add];
      console.log(JSON.stringify(before.map((f, i) => f === after[i])));`;
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, COMMITTEE_REPORT_CACHE_DIR: '' } });
    assert.deepEqual(JSON.parse(out.trim().split('\n').at(-1)!), [true, true, true, true]);
  });

  it("does not make Node load its fetch (Response stays Node's lazy global) as the importer loads", () => {
    const script = `const lazy = () => typeof Object.getOwnPropertyDescriptor(globalThis, 'Response').get === 'function';
      const before = lazy();
      require(${JSON.stringify(path.join(__dirname, '..', '..', 'dist', 'import.js'))});
      const after = lazy();
      console.log(JSON.stringify([before, after, typeof Response.prototype.arrayBuffer]));`;
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, COMMITTEE_REPORT_CACHE_DIR: '' } });
    assert.deepEqual(JSON.parse(out.trim().split('\n').at(-1)!), [true, true, 'function']);
  });
});

describe('import: the HTML reader', () => {
  it('keeps list numbers as written (<ol start>, <li value>), bold, quotations and table rows', () => {
    const { text } = htmlToText(
      '<ol start="4"><li>Four</li><li value="9">Nine</li><li>Ten</li></ol><p><strong>Bold. </strong>(Paragraph 3)</p><blockquote><p>12. Quoted</p></blockquote><table><tr><td>5.</td><td>That it act (Para 41)</td><td>Agreed</td></tr></table>',
    );
    assert.equal(text, '4. Four\n9. Nine\n10. Ten\n\n**Bold.** (Paragraph 3)\n\n> 12. Quoted\n\n| 5. | That it act (Para 41) | Agreed |\n');
  });

  it('makes a table of recommendations a Markdown table, its header row named so, and reads each row as its recommendation and reply', () => {
    const { text } = htmlToText('<table><tr><th>No.</th><th>Recommendation</th><th>Response</th></tr><tr><td>1</td><td>That it act (Para 41)</td><td>Agreed</td></tr><tr><td> 2 </td><td>That it pay (Para 42)</td><td></td></tr><tr><td>7</td><td>That it report</td></tr></table>');
    assert.equal(text, '| No. | Recommendation | Response |\n| --- | --- | --- |\n| 1 | That it act (Para 41) | Agreed |\n| 2 | That it pay (Para 42) | |\n| 7 | That it report | |\n');
    const report = parse(text);
    assert.deepEqual(report.recommendations.map((r) => [r.number, r.paragraphs, r.responses.length > 0]), [[1, [41], true], [2, [42], false], [7, [], false]]);
  });

  it('keeps each row of a table of recommendations one line whatever paragraphs or lists its cells hold, numbered or not, so that each reply is its row\'s', () => {
    const row = (n: number, rec: string, reply: string) => `<tr><td>${n || ''}</td><td>${rec}</td><td>${reply}</td></tr>`;
    const { text } = htmlToText(
      '<h1>Government response</h1><table><tr><td><p><strong>No.</strong></p></td><td><p><strong>Recommendation</strong></p></td><td><p><strong>Response</strong></p></td></tr>' +
        row(1, '<p>The Department should publish the plan.</p><p>It should do so this year.</p>', '<p>Accepted.</p><p>The plan is <em>due</em> in June.</p>') +
        row(2, 'The Department should fund the work | in full.', '<ul><li>Not accepted.</li><li>Funds are set.</li></ul>') +
        row(3, 'The Department should write to schools.', '') +
        row(0, 'Ofsted should inspect every school every year.', 'Ofsted agrees.') +
        '</table><p>After the table.</p>',
    );
    assert.equal(text, [
      '# Government response', '', '| **No.** | **Recommendation** | **Response** |', '| --- | --- | --- |',
      '| 1 | The Department should publish the plan. It should do so this year. | Accepted. The plan is due in June. |',
      '| 2 | The Department should fund the work \\| in full. | - Not accepted. - Funds are set. |',
      '| 3 | The Department should write to schools. | |',
      '| | Ofsted should inspect every school every year. | Ofsted agrees. |', '', 'After the table.', '',
    ].join('\n'));
    // …and the reader takes each row's words to its cell's edge, uncited, and the cells after as its reply; an empty one none.
    const report = parse(text);
    assert.deepEqual(report.recommendations.map((r) => [r.number, r.text]), [
      [1, 'The Department should publish the plan. It should do so this year.'], [2, 'The Department should fund the work \\| in full.'], [3, 'The Department should write to schools.'],
      [4, 'Ofsted should inspect every school every year.'],
    ]);
    assert.deepEqual(report.recommendations.map((r) => (r.responses.length ? responseBodyText(report, r.responses[0]) : '')), ['Accepted. The plan is due in June.', '- Not accepted. - Funds are set.', '', 'Ofsted agrees.']);
  });

  it('reads every row of a table under a header naming the recommendations\' column once imported: a conclusion\'s row too', () => {
    const row = (a: string, b: string) => `<tr><td>${a}</td><td>${b}</td></tr>`;
    const { text } = htmlToText(
      '<table>' + row('<strong>Committee conclusion or recommendation</strong>', '<strong>Scottish Government response</strong>') +
        row('<p>The Committee is concerned that patients in rural areas wait longer.</p>', '<p>The Scottish Government shares this concern.</p><p>It has funded new posts.</p>') +
        row('The Scottish Government should publish waiting times.', 'We agree.') + row('Boards have improved access for many patients.', 'Noted.') + '</table>',
    );
    const report = parse(text);
    assert.deepEqual(report.recommendations.map((r) => [r.number, r.text, r.responses.length ? responseBodyText(report, r.responses[0]) : '']), [
      [1, 'The Committee is concerned that patients in rural areas wait longer.', 'The Scottish Government shares this concern. It has funded new posts.'],
      [2, 'The Scottish Government should publish waiting times.', 'We agree.'],
      [3, 'Boards have improved access for many patients.', 'Noted.'],
    ]);
  });

  it('writes a form — a label and its words a row, in one table or one a recommendation — as "Label: words", which the reader reads as labels', () => {
    const form = (n: string, rec: string, reply: string) => `<table><tr><td>${n}</td><td>${rec}</td></tr><tr><td>Government response</td><td>${reply}</td></tr></table>`;
    const { text } = htmlToText(form('Recommendation 1', 'The Department should publish a plan. (Paragraph 12)', 'Accepted. It will follow.') + form('Recommendation 2', 'The Department should fund transport.', 'Not accepted.') + '<table><tr><td colspan="2">Recommendation 3: The Department should report every year.</td></tr><tr><td>Response</td><td>Agreed</td></tr></table>');
    assert.equal(text, [
      'Recommendation 1: The Department should publish a plan. (Paragraph 12)', 'Government response: Accepted. It will follow.', '',
      'Recommendation 2: The Department should fund transport.', 'Government response: Not accepted.', '',
      'Recommendation 3: The Department should report every year.', 'Response: Agreed', '',
    ].join('\n'));
    assert.deepEqual(briefingRows(parse(text), 'file:///f.txt').map((r) => [r.number, r.inferredStance]), [[1, 'accepted'], [2, 'rejected'], [3, 'accepted']]);
    // A label beside a word or two is a header's or a figure's row, not a form's.
    assert.equal(htmlToText('<table><tr><td>Total</td><td>£10m</td></tr><tr><td>Status</td><td>Open</td></tr></table>').text, 'Total £10m\nStatus Open\n');
  });


  it('writes a definition list\'s terms and descriptions as fields, "Status: Accepted", a paragraph inside a description too, which the reader reads as a tracker\'s entry', () => {
    const entry = (n: number, words: string, status: string, commentary: string) =>
      `<h2>Recommendation ${n}</h2><p>${words}</p><dl><dt>Status</dt> <dd>${status}</dd><dt>Commentary:</dt><dd><p>${commentary}</p></dd></dl>`;
    const { text } = htmlToText(entry(1, 'The Department should set out how it will fund the new places.', 'Accepted', 'The plan was published in January.') + entry(2, 'The Department should write to the Committee.', 'Not accepted', 'Inspections already give this assurance.'));
    assert.deepEqual(text.split('\n').filter((l) => /^(?:Status|Commentary)/.test(l)), ['Status: Accepted', 'Commentary: The plan was published in January.', 'Status: Not accepted', 'Commentary: Inspections already give this assurance.']);
    assert.deepEqual(briefingRows(parse(text), 'file:///f.txt').map((r) => [r.number, r.inferredStance]), [[1, 'accepted'], [2, 'rejected']]);
    // A term with no description stays a line of its own.
    assert.equal(htmlToText('<dl><dt>Glossary</dt></dl><p>Words.</p>').text, 'Glossary\n\nWords.\n');
  });
  it('keeps a table of anything else (figures, a page\'s layout) a row a line with its cells parted by spaces, a table inside a cell among its words', () => {
    const { text } = htmlToText('<table><tr><th>Year</th><th>Funding</th></tr><tr><td>2024</td><td>£5m</td></tr><tr><td>1</td><td>£6m <table><tr><td>inner</td><td>cells</td></tr></table></td></tr></table>');
    assert.equal(text, 'Year Funding\n2024 £5m\n1. £6m inner cells\n');
    assert.equal(parse(text).recommendations.length, 0);
  });

  it('leaves out an older page\'s footer kept in a division named so (<div id="footer">), not one named otherwise', () => {
    const { text } = htmlToText('<p>6. Accepted.</p><div id="footer"><a href="#">Back to top</a> © Parliamentary copyright 2008</div><div class="footnotes"><p>1 See the report.</p></div>');
    assert.equal(text, '6. Accepted.\n\n1 See the report.\n');
  });

  it('runs nothing and fetches nothing: script text, event handlers and images are not text', () => {
    const { text } = htmlToText('<p onclick="steal()">Hello <img src="http://example.com/x.png" alt="x"><script>document.write("bad")</script>world</p><iframe src="http://example.com"></iframe>');
    assert.equal(text, 'Hello world\n');
  });
});

describe('import: bad input is refused in plain words', () => {
  const refused = async (content: Uint8Array, name: string) => {
    try {
      await importDocument(content, name);
    } catch (e) {
      assert.ok(e instanceof ImportError, `an ImportError, not ${e}`);
      return e.message;
    }
    assert.fail(`${name} was imported`);
  };

  it('an empty file, a PDF, an old or locked Word file, a damaged one, a misnamed one, a page with no report', async () => {
    assert.match(await refused(new Uint8Array(), 'empty.html'), /empty\.html is empty/);
    assert.match(await refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'locked.docx'), /older Word file \(\.doc\) or a password-protected one/);
    const damaged = (await asWord(LAYOUTS.headed)).slice(0, 600);
    assert.match(await refused(damaged, 'damaged.docx'), /could not be read as a Word document/);
    assert.match(await refused(bytes('Just some notes.\n'), 'notes.docx'), /is plain text already/);
    assert.match(await refused(new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8]), 'noise.html'), /is not a web page, a Word document/);
    assert.match(await refused(bytes('<html><body><main><h1>Cookies on GOV.UK</h1><p>We use cookies.</p></main></body></html>'), 'cookies.html'), /No Government response was found in cookies\.html/);
  });

  it('a file too large, with its size', async () => {
    const big = new Uint8Array(101 * 1024 * 1024);
    assert.match(await refused(big, 'huge.html'), /huge\.html is 101\.0 MB; files over 100\.0 MB are not imported/);
  });
});

describe('import: the command line', () => {
  async function cli(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('writes beside the source, never over a file, and says what it did', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-import-'));
    const page = path.join(dir, 'response.html');
    writeFileSync(page, asGovUkPage(LAYOUTS.headed));
    const first = await cli('import', page);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /Imported response\.html \(a web page\): 3 recommendations; left out /);
    assert.deepEqual(reading(readFileSync(path.join(dir, 'response.txt'), 'utf8')), reading(LAYOUTS.headed));
    writeFileSync(path.join(dir, 'response (2).txt'), 'mine');
    assert.equal((await cli('import', page)).code, 0);
    assert.equal(readFileSync(path.join(dir, 'response (2).txt'), 'utf8'), 'mine', 'an existing file is left alone');
    assert.ok(existsSync(path.join(dir, 'response (3).txt')));
    const named = await cli('import', page, '-o', path.join(dir, 'response.txt'));
    assert.equal(named.code, 2);
    assert.match(named.err, /already exists/);
  });

  it('exits 2 with the message for a file it cannot import, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-import-bad-'));
    const pdf = path.join(dir, 'scan.pdf');
    writeFileSync(pdf, '%PDF-1.4\n');
    const r = await cli('import', pdf);
    assert.equal(r.code, 2);
    assert.match(r.err, /^scan\.pdf (?:could not be read as a PDF|has no text in it)/);
    assert.equal(existsSync(path.join(dir, 'scan.txt')), false);
  });

  it('picks the first free name', () => {
    const taken = new Set(['a.txt', 'a (2).txt']);
    assert.equal(freeName('a.docx', (n) => taken.has(n)), 'a (3).txt');
    assert.equal(freeName('b.HTML', () => false), 'b.txt');
  });
});

describe('import: bullet points', () => {
  it('keeps each bullet of a PDF an item of its own, set with no more space between them than between lines', async () => {
    const doc = await PdfDoc.create();
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    const page = doc.addPage([595, 842]);
    const lines = ['1. The Department should act on the backlog. (Paragraph 3)', '', 'We agree. We will:', '• publish a plan for the courts by the spring;', '• report on it to the Committee each quarter; and', '• fund the extra sittings it needs.'];
    let y = 760;
    for (const l of lines) {
      if (l) page.drawText(l, { x: 72, y, size: 11, font });
      y -= l ? 14 : 10;
    }
    const imported = await importDocument(await doc.save(), 'bullets.pdf');
    assert.match(imported.text, /We agree\. We will:\n\n• publish a plan for the courts by the spring;\n\n• report on it to the Committee each quarter; and\n\n• fund the extra sittings it needs\./, imported.text);
  });
});

describe('import: tables in a PDF', () => {
  /** A PDF of a table: each row's cells wrapped in their columns, side by side, over as many pages as it takes. */
  async function tablePdf(columns: { x: number; width: number }[], rows: string[][], before: string[] = [], middle = false): Promise<Uint8Array> {
    const doc = await PdfDoc.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const wrap = (text: string, width: number) => {
      const out: string[] = [];
      let line = '';
      for (const w of text.split(' ')) {
        const t = line ? `${line} ${w}` : w;
        if (line && font.widthOfTextAtSize(t, 9) > width) {
          out.push(line);
          line = w;
        } else line = t;
      }
      return [...out, line];
    };
    let page = doc.addPage([595, 842]);
    let y = 800;
    for (const l of before) {
      page.drawText(l, { x: columns[0].x, y, size: 9, font });
      y -= 24;
    }
    for (const row of rows) {
      const cells = row.map((t, c) => wrap(t, columns[c].width));
      const n = Math.max(...cells.map((c) => c.length));
      if (y - n * 12 < 60) {
        page = doc.addPage([595, 842]);
        y = 800;
      }
      // (Set in the middle of the row, a cell of fewer lines starts lower by half a line for each line fewer.)
      for (let i = 0; i < n; i++) cells.forEach((c, k) => c[i] && page.drawText(c[i], { x: columns[k].x, y: y - i * 12 - (middle ? (n - c.length) * 6 : 0), size: 9, font }));
      y -= n * 12 + 10;
    }
    return doc.save();
  }

  it('makes each row of a table one line, its cells parted by "|", so that each reply is its recommendation’s', async () => {
    const pdf = await tablePdf([{ x: 50, width: 240 }, { x: 320, width: 230 }], [
      ['Recommendation', 'Government response'],
      ['1. The Department should publish a workforce plan for the NHS by the end of 2024, setting out how many staff will be needed. (Paragraph 30)', 'Accepted. The Long Term Workforce Plan was published in June 2023 and sets out the number of staff needed over fifteen years, and by whom.'],
      ['2. The Department should fund additional training places for nurses and midwives. (Paragraph 35)', 'Partially accepted. Funding has been provided for 2,000 additional places, focused on regions with the largest shortages of nurses.'],
      ['3. The Department should end the use of agency staff. (Paragraph 41)', 'Not accepted.'],
    ], ['Government response to the Health Committee']);
    const imported = await importDocument(pdf, 'table.pdf');
    assert.match(imported.text, /\n1\. The Department should publish a workforce plan for the NHS by the end of 2024, setting out how many staff will be needed\. \(Paragraph 30\) \| Accepted\. The Long Term Workforce Plan [^\n]* and by whom\.\n/, imported.text);
    assert.match(imported.text, /\n3\. The Department should end the use of agency staff\. \(Paragraph 41\) \| Not accepted\.\n/);
    const rows = briefingRows(parse(imported.text), 'file:///t.txt').map((r) => [r.number, r.paragraphs, r.inferredStance]);
    assert.deepEqual(rows, [[1, [30], 'accepted'], [2, [35], 'accepted-in-part'], [3, [41], 'rejected']]);
  });

  it('reads a table of four columns over two pages, its number in a column of its own', async () => {
    const rows = Array.from({ length: 14 }, (_, k) => [`${k + 1}`, `The Department should take action number ${k + 1} to improve the service for patients and publish its progress each year. (Paragraph ${3 * (k + 1)})`, k % 3 === 2 ? 'Not accepted. The current arrangements are sufficient.' : 'Accepted. Work began last year and will finish next year.', k % 2 ? 'In progress' : 'Complete']);
    const pdf = await tablePdf([{ x: 40, width: 25 }, { x: 75, width: 230 }, { x: 320, width: 150 }, { x: 480, width: 80 }], [['No.', 'Recommendation', 'Government response', 'Status'], ...rows]);
    const report = parse((await importDocument(pdf, 'progress.pdf')).text);
    assert.deepEqual(report.recommendations.map((r) => r.number), rows.map((_, k) => k + 1));
    assert.deepEqual(briefingRows(report, 'file:///t.txt').map((r) => r.inferredStance), rows.map((_, k) => (k % 3 === 2 ? 'rejected' : 'accepted')));
  });

  it('reads a table whose cells are set in the middle of their rows, the lines of one cell between another\'s, its number in a column of its own', async () => {
    const rows = [
      ['1', 'The Ministry should set out a plan to clear the maintenance backlog of the prison estate by 2030. (Paragraph 12)', 'Agreed. The Ministry will publish a plan in the autumn.'],
      ['2', 'The Ministry should report each year on the condition of the estate. (Paragraph 18)', 'Partially agreed. Condition data will be published every two years, with the first figures in the spring, region by region.'],
      ['3', 'HMPPS should bring maintenance contracts back in-house. (Paragraph 25)', 'Disagreed. The current contracts give value for money.'],
    ];
    const pdf = await tablePdf([{ x: 40, width: 25 }, { x: 75, width: 200 }, { x: 300, width: 150 }], [['No.', 'Recommendation', 'Government response'], ...rows], ['Government response to the Committee'], true);
    const { text } = await pdfToText(pdf);
    assert.match(text, /\n1 \| The Ministry should set out a plan to clear the maintenance backlog of the prison estate by 2030\. \(Paragraph 12\) \| Agreed\. The Ministry will publish a plan in the autumn\.\n/, text);
    const report = parse(text);
    assert.deepEqual(report.recommendations.map((r) => [r.number, r.paragraphs]), [[1, [12]], [2, [18]], [3, [25]]]);
    assert.deepEqual(briefingRows(report, 'file:///t.txt').map((r) => r.inferredStance), ['accepted', 'accepted-in-part', 'rejected']);
  });

  it('reads a table whose rows have no numbers under a header that names the recommendations, each row its recommendation and reply', async () => {
    const pdf = await tablePdf([{ x: 50, width: 240 }, { x: 320, width: 230 }], [
      ['Committee recommendation', 'Scottish Government response'],
      ['The Scottish Government should publish a plan for rural GP recruitment, setting out how many GPs each board needs.', 'The Scottish Government accepts this recommendation. A plan will be published in the spring.'],
      ['NHS boards should report vacancy rates every quarter, by practice.', 'We agree and will ask boards to do so from April.'],
      ['The Scottish Government should review the rural practice allowance within six months.', 'We do not accept this recommendation.'],
    ], ['Scottish Government response to the Committee']);
    const report = parse((await importDocument(pdf, 'scottish.pdf')).text);
    assert.deepEqual(report.recommendations.map((r) => [r.number, r.text.split(' ').slice(0, 2).join(' '), briefingRows(report, 'file:///s.txt')[r.number - 1].inferredStance]), [
      [1, 'The Scottish', 'accepted'], [2, 'NHS boards', 'accepted'], [3, 'The Scottish', 'rejected'],
    ]);
  });

  it('leaves text in two columns that is no table of numbered rows as it reads', async () => {
    const pdf = await tablePdf([{ x: 50, width: 240 }, { x: 320, width: 230 }], [
      ['The Committee took evidence from many witnesses over the course of the inquiry, and visited three regions.', 'Its report was published in the spring and the Government replied within two months, as is usual.'],
    ]);
    const { text } = await pdfToText(pdf);
    assert.doesNotMatch(text, /\|/);
    assert.match(text, /witnesses/);
  });
});
