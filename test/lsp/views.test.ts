// Protocol tests: the workspace's reports for the Recommendations view and the tracker, over stdio — found by the
// scan, followed as an open report is edited (with a notification to the client), and exported as a tracker.
import { strict as assert } from 'assert';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { WorkspaceReport } from '../../server/src/features/overview';
import { readSeed, SEED_PATH } from '../../scripts/corpus';
import { startServer, until, type TestServer } from './client';

describe('server over stdio: the workspace\'s reports', () => {
  let server: TestServer;
  let dir: string;
  let changed = 0;
  const seedUri = () => pathToFileURL(path.join(dir, 'send.txt')).href;
  const reports = () => server.connection.sendRequest('committeeReport/workspaceReports', {}) as Promise<WorkspaceReport[]>;

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cr-views-'));
    copyFileSync(SEED_PATH, path.join(dir, 'send.txt'));
    writeFileSync(path.join(dir, 'list.txt'), 'Milk, eggs, bread.\n');
    server = await startServer({}, undefined, [{ uri: pathToFileURL(dir).href, name: 'ws' }]);
    server.connection.onNotification('committeeReport/reportsChanged', () => {
      changed++;
    });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the reports the scan found (not other text), with overview and recommendations', async () => {
    const found = await until('the scan', reports, (r) => r.length > 0);
    assert.deepEqual(found.map((r) => r.name), ['send.txt']);
    assert.equal(found[0].recommendations.length, 38);
    assert.equal(found[0].overview.committee, 'Education Committee');
    assert.deepEqual(found[0].recommendations.filter((r) => !r.answered).map((r) => r.label), ['15']);
  });

  it('follows an open report as it is edited, and tells the client', async () => {
    const before = changed;
    const text = readSeed();
    await server.open(seedUri(), text);
    const line = text.split('\n').findIndex((l) => l.startsWith('15. '));
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: seedUri(), version: 2 },
      contentChanges: [{ range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, text: '@stance: rejected\n@todo: chase the Department\n' }],
    });
    const after = await until('the edit', reports, (r) => r[0]?.recommendations.find((x) => x.label === '15')?.yours === true);
    const r15 = after[0].recommendations.find((x) => x.label === '15')!;
    assert.equal(r15.stance, 'rejected');
    assert.equal(r15.openTodos, 1);
    assert.equal(after[0].overview.openTodos, 1);
    await until('the notification', async () => changed, (n) => n > before);
  });

  it('forgets an unsaved report and a file outside the folders when they are closed, and tells the client', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'cr-outside-'));
    try {
      const file = pathToFileURL(path.join(outside, 'elsewhere.txt')).href;
      writeFileSync(path.join(outside, 'elsewhere.txt'), readSeed());
      for (const uri of ['untitled:Untitled-1', file]) {
        await server.open(uri, readSeed());
        await until(`${uri} in the views`, reports, (r) => r.some((x) => x.uri === uri));
        const before = changed;
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        await until(`${uri} gone from the views`, reports, (r) => !r.some((x) => x.uri === uri));
        await until('the notification', async () => changed, (n) => n > before);
      }
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('shows a closed report of the folders as it is on disk: unsaved edits dropped, a deleted file gone', async () => {
    const extra = pathToFileURL(path.join(dir, 'extra.txt')).href;
    writeFileSync(path.join(dir, 'extra.txt'), readSeed());
    const text = readSeed();
    await server.open(extra, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('15. '));
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: extra, version: 2 },
      contentChanges: [{ range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, text: '@stance: rejected\n' }],
    });
    const stanceOf15 = (r: WorkspaceReport[]) => r.find((x) => x.uri === extra)?.recommendations.find((x) => x.label === '15')?.yours;
    await until('the unsaved stance', reports, (r) => stanceOf15(r) === true);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: extra } });
    await until('the report as saved', reports, (r) => stanceOf15(r) === false);
    await server.open(extra, text);
    rmSync(path.join(dir, 'extra.txt'));
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: extra } });
    await until('the deleted report gone', reports, (r) => !r.some((x) => x.uri === extra));
  });

  it('exports the tracker as Markdown and as a Word file', async () => {
    const md = (await server.connection.sendRequest('committeeReport/exportTracker', { format: 'md' })) as string;
    assert.match(md, /\| Education Committee \| 23 October 2019 \| 20 July 2020 \| 271 \(late\) \| 38 \| .* \| 1 \| 1 \| 5 \(2 due\) \|$/m);
    const docx = (await server.connection.sendRequest('committeeReport/exportTracker', { format: 'docx' })) as { base64: string };
    assert.equal(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString(), 'PK');
    assert.equal(await server.connection.sendRequest('committeeReport/exportTracker', { format: 'exe' }), null);
  });

  it('exports the open report\'s briefing as a Word file', async () => {
    const docx = (await server.connection.sendRequest('committeeReport/export', { textDocument: { uri: seedUri() }, format: 'docx' })) as { base64: string };
    assert.ok(Buffer.from(docx.base64, 'base64').length > 5000);
  });
});
