// Imports run in a thread of their own, with a memory cap, a watch on what the process takes, a time limit and real
// cancellation: a file built to exhaust memory or time ends its thread, and the server goes on answering. Run
// against the built server, tool and import thread (dist/), as a user runs them.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { importInWorker } from '../../server/src/importInWorker';
import { readSeed } from '../../scripts/corpus';
import { startServer, type TestServer } from '../lsp/client';
import { deflatedRepeat, docx } from './rawZip';
import { onePage, pdfBomb } from './rawPdf';
import { within } from './bounds';

const DIST = path.join(__dirname, '..', '..', 'dist');
const WORKER = path.join(DIST, 'importWorker.js');
const CLI = path.join(DIST, 'cli.js');

/** A .docx whose document part declares, truthfully, that it unpacks to 300 MB (an 883 KB file like it took 4.6 GB). */
async function docxBomb(): Promise<Uint8Array> {
  const deflated = await deflatedRepeat(`<w:p><w:r><w:t>${'a'.repeat(1000)}</w:t></w:r></w:p>`, 300_000);
  return docx({ deflated, declaredSize: 300_000 * 1036 });
}

/** Each bomb is made once (deflating a gigabyte takes a while), and before any timing starts. */
const made = new Map<string, Promise<Uint8Array>>();
const once = (key: string, make: () => Promise<Uint8Array>) => {
  if (!made.has(key)) made.set(key, make());
  return made.get(key)!;
};
const docxBombOnce = () => once('docx', docxBomb);
const pdfBombOnce = (mb: number, hidden = false) => once(`pdf${mb}${hidden}`, () => pdfBomb(mb, hidden));

describe('imports in a thread of their own', function () {
  this.timeout(180_000);
  before(async () => {
    await Promise.all([docxBombOnce(), pdfBombOnce(1600), pdfBombOnce(1600, true), pdfBombOnce(400, true)]);
  });

  it('refuses a Word file that unpacks to 300 MB, in plain words, before unpacking it', async () => {
    const outcome = await within(10_000, 'the import', async () => importInWorker(await docxBombOnce(), 'bomb.docx', undefined, undefined, WORKER));
    assert.deepEqual(outcome, { message: 'bomb.docx unpacks to more than 200 MB (296 MB), far more than any report: it may be damaged, or made to be too large to read. Nothing was written.' });
  });

  it('refuses a PDF whose page unpacks to 1.6 GB of spaces, in plain words, and never calls it a scan', async () => {
    // It took 4.9 GB, then said the file was "a scan" though its page has text.
    const outcome = await within(20_000, 'the import', async () => importInWorker(await pdfBombOnce(1600), 'bomb.pdf', undefined, undefined, WORKER));
    assert.deepEqual(outcome, { message: 'bomb.pdf has a part that unpacks to more than 256 MB, far more than any report: it may be damaged, or made to be too large to read. Nothing was written.' });
  });

  it('stops an import that takes more memory than it may, when no check found it first', async () => {
    // The stream's filter is named indirectly, which the check before reading does not follow: PDF.js unpacks it,
    // and the watch on the process's memory ends the thread.
    const outcome = await within(60_000, 'the import', async () => importInWorker(await pdfBombOnce(1600, true), 'hidden.pdf', undefined, { memoryMb: 128, timeMs: 60_000 }, WORKER));
    assert.deepEqual(outcome, { message: 'hidden.pdf needs more memory to read than an import may use (128 MB): it may be damaged, or made to unpack to far more than its size. Nothing was written.' });
  });

  it('stops an import that takes longer than its limit', async () => {
    const tall = onePage(Array.from({ length: 40_000 }, (_, i) => `BT /F1 11 Tf 72 ${50 + (40_000 - i) * 14} Td (Line ${i}.) Tj ET`).join('\n'), { height: 40_000 * 14 + 100 });
    const outcome = await importInWorker(tall, 'tall.pdf', undefined, { memoryMb: 1024, timeMs: 300 }, WORKER);
    assert.deepEqual(outcome, { message: 'tall.pdf took longer than 0.3 seconds to read, and was stopped. It may be damaged, or made to be too large to read; nothing was written.' });
  });

  it('ends the import at once when it is cancelled', async () => {
    const bomb = await pdfBombOnce(1600, true);
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 100);
    const outcome = await within(3000, 'the cancelled import', () => importInWorker(bomb, 'hidden.pdf', abort.signal, undefined, WORKER));
    assert.deepEqual(outcome, { cancelled: true });
  });
});

describe('the server while an import fails', function () {
  this.timeout(180_000);
  let server: TestServer;
  const URI = 'file:///reports/open.txt';
  before(async () => {
    server = await startServer();
    await server.open(URI, readSeed());
  });
  after(async () => server.close());

  it('answers a hostile import with a message, and goes on answering', async () => {
    const base64 = Buffer.from(await docxBombOnce()).toString('base64');
    const answer = await server.connection.sendRequest('committeeReport/import', { name: 'bomb.docx', base64 });
    assert.match((answer as { message: string }).message, /^bomb\.docx unpacks to more than 200 MB/);
    const hidden = Buffer.from(await pdfBombOnce(400, true)).toString('base64');
    // While a slow import runs, the outline of the open report still comes back at once.
    const slow = server.connection.sendRequest('committeeReport/import', { name: 'hidden.pdf', base64: hidden });
    const symbols = await within(5000, 'the outline while an import runs', () => server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } }) as Promise<DocumentSymbol[]>);
    assert.ok(symbols.length > 0);
    assert.ok(await slow);
    assert.equal(server.process.exitCode, null, 'the server is still running');
  });
});

describe('the command-line tool on hostile imports', function () {
  this.timeout(120_000);
  it('says in plain words why a file was not imported, exits 2 and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-hostile-'));
    writeFileSync(path.join(dir, 'bomb.docx'), await docxBombOnce());
    const run = spawnSync(process.execPath, [CLI, 'import', 'bomb.docx'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^bomb\.docx unpacks to more than 200 MB/);
    assert.ok(!existsSync(path.join(dir, 'bomb.txt')));
  });

  it('exits at once when it refuses a file before reading it: the thread it started early holds nothing open', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-hostile-'));
    writeFileSync(path.join(dir, 'notes.txt'), 'Plain text.\n');
    for (const file of ['missing.pdf', 'notes.txt']) {
      const run = spawnSync(process.execPath, [CLI, 'import', file], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
      assert.equal(run.signal, null, `${file}: the tool was still running after 20 s`);
      assert.equal(run.status, 2, run.stderr);
    }
  });
});
