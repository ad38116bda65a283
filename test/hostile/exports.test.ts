// Exports are inert, whatever the document says: no formula in a spreadsheet, no image, link or HTML of the
// document in Markdown, and a Word file every XML reader can open.
import { strict as assert } from 'assert';
import JSZip from 'jszip';
import { csvCells, docxXmlProblems, HOSTILE_REPORT } from './inertness';
import { parse } from '../../server/src/model';
import { briefingRows, formatBriefing } from '../../server/src/features/briefing';
import { reportOverview, workspaceReport } from '../../server/src/features/overview';
import { formatTracker, trackerRows } from '../../server/src/features/tracker';
import { briefingDocx, trackerDocx } from '../../server/src/docx';
import { csvCell } from '../../server/src/features/inert';

const FORMULA = /^[=+\-@\t\r]/;

describe('exports are inert', () => {
  const report = parse(HOSTILE_REPORT);
  const uri = 'file:///w/hostile.txt';

  it('a CSV cell never starts a formula (each such cell starts with an apostrophe, as OWASP recommends)', () => {
    for (const text of [formatBriefing(report, uri, 'hostile.txt', 'csv'), formatTracker(trackerRows([workspaceReport(uri, report, 2)!]), 'csv', 2)]) {
      assert.deepEqual(csvCells(text).filter((c) => FORMULA.test(c)), []);
    }
    const briefing = csvCells(formatBriefing(report, uri, 'hostile.txt', 'csv'));
    assert.ok(briefing.includes("'=cmd|' /C calc'!A0 The Government should act"), 'the formula is kept, as text');
    assert.equal(csvCell('-2+3'), "\"'-2+3\"");
    assert.equal(csvCell('plain'), 'plain');
  });

  it('a Markdown briefing or tracker carries no image, link or HTML of the document', () => {
    for (const text of [formatBriefing(report, uri, 'hostile.txt', 'md'), formatTracker(trackerRows([workspaceReport(uri, report, 2)!]), 'md', 2)]) {
      assert.doesNotMatch(text, /<img/i);
      assert.doesNotMatch(text, /(?:^|[^\\])\]\(https:\/\/example\.org/m);
      assert.doesNotMatch(text, /(?:^|[^\\])!\[/m);
    }
  });

  it('a Word briefing or tracker is well-formed XML, without the characters XML does not allow', async () => {
    const rows = briefingRows(report, uri);
    const briefing = await briefingDocx(rows, reportOverview(report, 'hostile.txt', 2), 2);
    assert.deepEqual(await docxXmlProblems(briefing), []);
    const tracker = await trackerDocx(trackerRows([workspaceReport(uri, report, 2)!]), 2);
    assert.deepEqual(await docxXmlProblems(tracker), []);
    const words = (await JSZip.loadAsync(briefing)).files['word/document.xml'].async('string');
    // The text is kept, without the characters.
    assert.match(await words, /@SUM\(1\) -2\+3 The Government should stop</);
  });
});
