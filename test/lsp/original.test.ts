// Protocol tests: the Committee's own report in the workspace, found by the scan (and when it appears later), offered
// as a second definition target for "(Paragraph 45)" in the response and shown in the hover; not a row of the views.
import { strict as assert } from 'assert';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Location } from 'vscode-languageserver-protocol';
import type { WorkspaceReport } from '../../server/src/features/overview';
import { readSeed, SEED_PATH } from '../../scripts/corpus';
import { makeOriginal, paragraphSentence } from '../support/original';
import { startServer, until, type TestServer } from './client';

describe("server over stdio: the Committee's own report", () => {
  let server: TestServer;
  let dir: string;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const text = readSeed();
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('18. '));
  const citation = { line, character: lines[line].indexOf('(Paragraph 45)') + 3 };

  const definition = (name: string, position = citation) =>
    server.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri(name) }, position }) as Promise<Location[]>;

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cr-original-'));
    copyFileSync(SEED_PATH, path.join(dir, 'send.txt'));
    writeFileSync(path.join(dir, 'original.txt'), makeOriginal({ title: 'Special educational needs and disabilities', hc: '20', paragraphs: 160 }));
    server = await startServer({}, undefined, [{ uri: pathToFileURL(dir).href, name: 'ws' }]);
    await server.open(uri('send.txt'), text);
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('"(Paragraph 45)" leads to the response and to paragraph 45 of the original the response names by its HC number', async () => {
    const links = await until('the scan', () => definition('send.txt'), (l) => l.length === 2);
    assert.equal(links[0].uri, uri('send.txt'));
    assert.equal(links[1].uri, uri('original.txt'));
    const original = makeOriginal({ title: 'Special educational needs and disabilities', hc: '20', paragraphs: 160 }).split('\n');
    assert.ok(original[links[1].range.start.line].startsWith('45. '));
  });

  it("shows the paragraph's first sentences in the hover on the citation", async () => {
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('send.txt') }, position: citation })) as { contents: { value: string } };
    assert.match(hover.contents.value, /\*\*Paragraph 45 of the Committee's report\*\* \(\*Special educational needs and disabilities\*\)/);
    assert.ok(hover.contents.value.includes(paragraphSentence(45).replace(/\./g, '\\.')));
  });

  it('leaves the original out of the Recommendations view and the tracker', async () => {
    const reports = (await server.connection.sendRequest('committeeReport/workspaceReports', {})) as WorkspaceReport[];
    assert.deepEqual(reports.map((r) => r.name), ['send.txt']);
  });

  it('follows an @report: line to an original that appeared after the scan', async () => {
    writeFileSync(path.join(dir, 'later.txt'), makeOriginal({ title: 'Another inquiry altogether', hc: '999', paragraphs: 60 }));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('later.txt'), type: 1 }] });
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('send.txt'), version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '@report: later.txt\n' }],
    });
    const moved = { line: citation.line + 1, character: citation.character };
    const links = await until('the new original', () => definition('send.txt', moved), (l) => l.some((x) => x.uri === uri('later.txt')));
    assert.deepEqual(links.map((l) => l.uri), [uri('send.txt'), uri('later.txt')]);
  });
});
