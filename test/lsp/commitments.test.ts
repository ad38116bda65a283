// Commitments over the protocol: the finding for an overdue commitment with its quick fixes, and the hover on its date,
// with today set for the server (COMMITTEE_REPORT_TODAY), as a user's clock would be.
import { strict as assert } from 'assert';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-types';
import { readSeed } from '../../scripts/corpus';
import { startServer, type TestServer } from './client';

const URI = 'file:///reports/seed.txt';

describe('server over stdio: commitments', function () {
  this.timeout(60_000);
  let server: TestServer;
  before(async () => {
    server = await startServer({}, undefined, null, { COMMITTEE_REPORT_TODAY: '2026-12-03' });
    await server.open(URI, readSeed());
  });
  after(async () => server.close());

  it('reports the two dated commitments overdue today, with "Mark as kept" and "Mark as missed"', async () => {
    const published = await server.diagnostics(URI, (p) => p.diagnostics.some((d) => (d as Diagnostic).code === 'commitment-overdue'));
    const overdue = (published.diagnostics as Diagnostic[]).filter((d) => d.code === 'commitment-overdue');
    assert.deepEqual(overdue.map((d) => [d.range.start.line + 1, d.severity]), [[104, 3], [350, 3]]);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: overdue[1].range, context: { diagnostics: [overdue[1]] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Mark as kept', 'Mark as missed']);
  });

  it('shows on the date what it resolves to and that it is overdue', async () => {
    const line = readSeed().split('\n')[349];
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 349, character: line.indexOf('Autumn 2020') + 2 } })) as Hover;
    assert.equal((hover.contents as { value: string }).value, '**Commitment** (recommendation 25): we will announce the successful schools\n\nAutumn 2020 → by 30 November 2020 · **overdue**');
  });
});
