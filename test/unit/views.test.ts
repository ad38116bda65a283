// The views across a workspace: a report's overview and recommendations (the Recommendations view), the tracker's
// rows and formats, the workspace index the server keeps, and the Word files of the briefing and the tracker.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import yauzl from 'yauzl';
import { parse } from '../../server/src/model';
import { briefingRows } from '../../server/src/features/briefing';
import { recommendationItems, reportOverview, workspaceReport } from '../../server/src/features/overview';
import { formatTracker, trackerRows } from '../../server/src/features/tracker';
import { briefingDocx, trackerDocx } from '../../server/src/docx';
import { WorkspaceReports } from '../../server/src/workspaceReports';
import type { WorkspaceFiles } from '../../server/src/workspaceFiles';
import { readSeed } from '../../scripts/corpus';

const ANNOTATED = readFileSync(path.join(__dirname, '..', 'fixtures', 'annotated-report.txt'), 'utf8');

/** The text of one file inside a zip archive (a .docx), read with yauzl. */
function zipText(bytes: Uint8Array, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName !== name) return zip.readEntry();
        zip.openReadStream(e, (err2, stream) => {
          if (err2) return reject(err2);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`${name} is not in the archive`)));
      zip.readEntry();
    });
  });
}

/** The table rows of a Word document's body, each as the texts of its cells. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr\b.*?<\/w:tr>/gs)].map((row) =>
    [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ')),
  );
}

describe('views: a report at a glance', () => {
  it('reads the seed\'s title, committee, dates, days taken and counts by stance', () => {
    const o = reportOverview(parse(readSeed()), 'seed.txt', 2);
    assert.equal(o.title, "Special Educational Needs and Disabilities: Government Response to the Committee's First Report of Session 2019");
    assert.equal(o.committee, 'Education Committee');
    assert.equal(o.published, '23 October 2019');
    assert.equal(o.received, '20 July 2020');
    assert.equal(o.daysTaken, 271);
    assert.equal(o.late, true);
    assert.equal(o.recommendations, 38);
    assert.equal(o.unanswered, 1);
    assert.equal(Object.values(o.counts).reduce((a, b) => a + (b ?? 0), 0), 38);
    assert.equal(o.counts['no-response'], 1);
  });

  it('finds the committee on a line of its own, and none where there is none', () => {
    const headed = parse('Committee of Public Accounts\n\nTreasury Minutes\n\n1. The Department should act. (Paragraph 3)\n\nWe agree.\n');
    assert.equal(reportOverview(headed, 'x', 2).committee, 'Committee of Public Accounts');
    const bare = parse('A response\n\n1. The Department should act. (Paragraph 3)\n\nWe agree.\n');
    assert.equal(reportOverview(bare, 'x', 2).committee, undefined);
    assert.equal(reportOverview(bare, 'x', 2).daysTaken, undefined);
  });

  it('reads a gov.uk page\'s facts: the committee in its title, the page\'s own "Published" date as the response\'s', () => {
    const page = parse([
      '# Government response to the Health and Social Care Committee report on NHS dentistry', '', 'Policy paper', '',
      'From: Department of Health and Social Care', '', 'Published 21 March 2024', '',
      'The Health and Social Care Committee published its report, NHS dentistry, on 12 December 2023.', '',
      'Recommendation 1', '', 'NHS England should publish a recovery plan. (Paragraph 12)', '', 'Government response', '', 'Accepted.', '',
      'Recommendation 2', '', 'The Department should fund new patients. (Paragraph 18)', '', 'Government response', '', 'Not accepted.',
    ].join('\n'));
    const o = reportOverview(page, 'dentistry.txt', 2);
    assert.deepEqual([o.committee, o.published, o.received, o.daysTaken, o.late], ['Health and Social Care Committee', '12 December 2023', '21 March 2024', 100, true]);
  });

  it('reads a command paper\'s facts from its title page: the committee across the title\'s lines, the month it was presented', () => {
    const paper = parse([
      'Government Response to the House', 'of Lords Built Environment', 'Committee Report: "Homes for', 'later life"', '',
      'Presented to Parliament by the Secretary of State for Housing,', 'Communities and Local Government by Command of His Majesty', '', 'March 2026', '', 'CP 1422', '',
      '© Crown copyright 2026', '', 'Introduction', '',
      '1. The Government welcomes the Committee\'s report "Homes for later life", published on 18 December 2025, and thanks the Committee.', '',
      'Recommendation 1', '', 'The Government should publish a strategy for housing in later life. (Paragraph 40)', '', 'Response', '', 'We accept this recommendation.', '',
      'Recommendation 2', '', 'The Government should set a target. (Paragraph 52)', '', 'Response', '', 'We do not accept this recommendation.',
    ].join('\n'));
    const o = reportOverview(paper, 'homes.txt', 2);
    assert.equal(o.title, 'Government Response to the House of Lords Built Environment Committee Report: "Homes for later life"');
    assert.deepEqual([o.committee, o.published, o.received], ['House of Lords Built Environment Committee', '18 December 2025', 'March 2026']);
    // A month without its day: no count of days, but late all the same (its first day is past the norm).
    assert.deepEqual([o.daysTaken, o.late], [undefined, true]);
    const row = trackerRows([workspaceReport('file:///homes.txt', paper, 2)!])[0];
    assert.match(formatTracker([row], 'md', 2), /\| House of Lords Built Environment Committee \| 18 December 2025 \| March 2026 \| late \|/);
  });

  it('tells the report\'s publication from the reply\'s and from the House\'s printing of a special report', () => {
    const progress = parse([
      'Select Committee on Defence First Special Report', '',
      'Twelfth Report: The Adaptation of the Treaty on Conventional Forces in Europe Published: 2 August 2000',
      'Government Reply: Fifteenth Special Report (HC 929) Published: 1 November 2000', '',
      '1. The Department should report. (Para 3) We will report.', '', '2. The Department should act. (Para 5) Agreed.', '', '3. It should fund it. (Para 7) Noted.',
    ].join('\n'));
    const o = reportOverview(progress, 'cfe.txt', 2);
    assert.deepEqual([o.committee, o.published, o.received, o.daysTaken], ['Select Committee on Defence', '2 August 2000', '1 November 2000', 91]);
    const special = parse([
      'House of Commons', 'Justice Committee', '', 'Education in prisons: Government Response to the Committee\'s Sixth Report', '',
      'Ordered by the House of Commons to be printed 13 January 2026', '', 'HC 984', 'Published on 15 January 2026 by authority of the House of Commons', '',
      'The Justice Committee published its Sixth Report of Session 2024–26, Education in', 'prisons (HC 455), on 16 October 2025. The Government\'s response was received on 8', 'January 2026 and is appended below.', '',
      '1. Prisons should teach. (Paragraph 3)', '', 'We agree.', '', '2. Prisons should measure. (Paragraph 4)', '', 'Noted.', '', '3. Prisons should fund it. (Paragraph 5)', '', 'Agreed.',
    ].join('\n'));
    const j = reportOverview(special, 'justice.txt', 2);
    assert.deepEqual([j.committee, j.published, j.received, j.daysTaken], ['Justice Committee', '16 October 2025', '8 January 2026', 84]);
  });

  it('gives each recommendation its shown stance (yours first), tags, open to-dos and annotations', () => {
    const items = recommendationItems(parse(ANNOTATED));
    assert.deepEqual(items.map((r) => [r.label, r.stance, r.yours, r.answered, r.tags, r.openTodos]), [
      ['1', 'rejected', true, true, ['accountability', 'data'], 1],
      ['2', 'under-consideration', false, true, ['inspection'], 0],
      ['3', 'accepted', false, true, [], 0],
    ]);
    assert.deepEqual(items[0].annotations.map((a) => a.kind), ['stance', 'note', 'tags', 'todo']);
    assert.equal(items[2].phrase, 'We agree and will fund a pilot');
  });
});

describe('views: the tracker', () => {
  const reports = [workspaceReport('file:///w/seed.txt', parse(readSeed()), 2), workspaceReport('file:///w/notes.txt', parse(ANNOTATED), 2)].flatMap((r) => r ?? []);

  it('has one row per report, with days and counts, as Markdown, CSV and JSON', () => {
    const rows = trackerRows(reports);
    const md = formatTracker(rows, 'md', 2).split('\n');
    assert.equal(md.filter((l) => l.startsWith('| [')).length, 2);
    assert.match(md[4], /\| Education Committee \| 23 October 2019 \| 20 July 2020 \| 271 \(late\) \| 38 \| 5 accepted, .*1 no response \| 1 \| 0 \| 5 \(2 due\) \|$/);
    const csv = formatTracker(rows, 'csv', 2).trim().split('\r\n');
    assert.equal(csv.length, 3);
    assert.match(csv[0], /^title,committee,published,response,days,late,recommendations,accepted,/);
    assert.equal(csv[2].split(',').at(-3), '0');
    assert.equal(JSON.parse(formatTracker(rows, 'json', 2)).reports[1].openTodos, 1);
  });

  it('writes the tracker as a Word table: a header row and one row per report', async () => {
    const xml = await zipText(await trackerDocx(trackerRows(reports), 2), 'word/document.xml');
    const rows = tableRows(xml);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[0], ['Report', 'Committee', 'Published', 'Response', 'Days', 'Recs', 'Stances', 'Unanswered', 'Open to-dos', 'Commitments']);
    assert.equal(rows[1][4], '271 (late)');
    assert.match(xml, /<w:tblHeader\/>/);
  });
});

describe('views: the briefing in Word', () => {
  it('has a title block, a header row that repeats, and one row per recommendation with stance and notes in their cells', async () => {
    const report = parse(ANNOTATED);
    const bytes = await briefingDocx(briefingRows(report, 'file:///w/notes.txt'), reportOverview(report, 'notes.txt', 2), 2);
    const xml = await zipText(bytes, 'word/document.xml');
    const rows = tableRows(xml);
    assert.equal(rows.length, 4, 'the header and three recommendations');
    assert.deepEqual(rows[0], ['No.', 'Paragraph', 'Recommendation', 'Government response (in brief)', 'Stance', 'Notes', 'Tags', 'To-dos', 'Commitments']);
    assert.deepEqual(rows.slice(1).map((r) => r[4]), [
      'Rejected Yours; inferred: Rejected “We do not accept this recommendation”',
      'Under consideration Inferred “will consider this as we design the new framework”',
      'Accepted Inferred “We agree and will fund a pilot”',
    ]);
    assert.equal(rows[1][5], 'Points to LAIT data instead of a scorecard. Compare R2 and Paragraph 11.');
    assert.equal(rows[1][6], 'accountability, data');
    assert.equal(rows[1][7], 'ask DfE for SEN2 timeliness figures by 5 Dec');
    // The header repeats on every page; the page is landscape; each stance cell is shaded in its colour.
    assert.match(xml, /<w:tblHeader\/>/);
    assert.match(xml, /<w:pgSz [^>]*w:orient="landscape"/);
    assert.match(xml, /w:fill="FFC7CE"/);
    assert.match(xml, /w:fill="C6EFCE"/);
    assert.match(xml, /Counts by stance: <\/w:t>.*Accepted: 1 · Under consideration: 1 · Rejected: 1/s);
  });

  it('escapes document text: markup in a note stays text', async () => {
    const report = parse('1. The Department should act. (Paragraph 3)\n@note: <w:t>x</w:t> & "quotes"\n\nWe agree.\n');
    const xml = await zipText(await briefingDocx(briefingRows(report, 'file:///x'), reportOverview(report, 'x', 2), 2), 'word/document.xml');
    assert.match(xml, /&lt;w:t&gt;x&lt;\/w:t&gt; &amp; /);
  });
});

describe('views: the workspace index', () => {
  function files(tree: Record<string, string>): WorkspaceFiles {
    return {
      handles: (uri) => uri.startsWith('mem:'),
      readFile: async (uri, maxBytes) => (uri in tree ? (tree[uri].length > maxBytes ? { tooLarge: tree[uri].length } : { text: tree[uri] }) : undefined),
      readDirectory: async (uri) => {
        const prefix = `${uri}/`;
        const names = new Set(Object.keys(tree).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('/')[0]));
        return [...names].map((name) => ({ name, uri: prefix + name, directory: !(prefix + name in tree) }));
      },
    };
  }
  const tree = {
    'mem:/w/a.txt': ANNOTATED,
    'mem:/w/sub/seed.md': readSeed(),
    'mem:/w/notes.txt': 'Just a shopping list.\n',
    'mem:/w/.hidden/x.txt': ANNOTATED,
    'mem:/w/node_modules/y.txt': ANNOTATED,
  };

  it('finds the reports of the folders (not hidden ones, not node_modules, not other text) and reads them when asked', async () => {
    const index = new WorkspaceReports(files(tree));
    await index.scan(['mem:/w']);
    assert.deepEqual(index.reports().map((r) => [r.uri, r.overview.recommendations]), [['mem:/w/a.txt', 3], ['mem:/w/sub/seed.md', 38]]);
    assert.ok(index.definitions().some((d) => d.uri === 'mem:/w/sub/seed.md' && d.definitions.has('EHC')));
  });

  it('follows an open report as it is edited, and rereads or forgets one changed on disk', async () => {
    const mutable: Record<string, string> = { ...tree };
    const index = new WorkspaceReports(files(mutable));
    await index.scan(['mem:/w']);
    const edited = parse(ANNOTATED.replace('@stance: rejected\n', ''));
    index.setOpen('mem:/w/a.txt', true, () => workspaceReport('mem:/w/a.txt', edited, 2), undefined);
    assert.equal(index.reports()[0].recommendations[0].yours, false);
    delete mutable['mem:/w/sub/seed.md'];
    await index.reread('mem:/w/sub/seed.md', true);
    assert.deepEqual(index.reports().map((r) => r.uri), ['mem:/w/a.txt']);
  });
});

describe('views: the title of an imported page', () => {
  it('is the page\'s own "# " heading, not the department\'s name above it', () => {
    const r = parse(['Department for Education', '', '# Government response to the Education Committee', '', 'Published 21 March 2024', '', '1. The Department should act. (Paragraph 3)', '', 'We agree.', '', '2. It should report. (Paragraph 4)', '', 'Noted.', '', '3. It should fund it. (Paragraph 5)', '', 'Agreed.'].join('\n'));
    assert.equal(reportOverview(r, 'page.txt', 2).title, 'Government response to the Education Committee');
  });
});
