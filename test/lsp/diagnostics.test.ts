// Protocol tests: diagnostics are published on open and after edits, follow the settings, and quick fixes come back.
import { strict as assert } from 'assert';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { readSeed } from '../../scripts/corpus';
import { startServer, type TestServer } from './client';

const URI = 'file:///reports/seed.txt';

function nextDiagnostics(server: TestServer, uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true) {
  return server.diagnostics(uri, (p) => accept(p as PublishDiagnosticsParams)) as Promise<PublishDiagnosticsParams>;
}

describe('server over stdio: diagnostics', () => {
  let server: TestServer;
  let severityOfNoResponse = 'warning';
  before(async () => {
    server = await startServer({}, (items) => items.map(() => ({ diagnostics: { 'no-response': severityOfNoResponse } })));
  });
  after(() => server.close());

  it('publishes the seed findings on open', async () => {
    const published = nextDiagnostics(server, URI);
    await server.open(URI, readSeed());
    const { diagnostics, version } = await published;
    assert.equal(version, 1);
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`),
      ['68:late-response', '200:acronym-case', '232:acronym-case', '250:no-response', '324:unknown-paragraph', '330:joint-response'],
    );
  });

  it('updates diagnostics after an edit answers recommendation 15', async () => {
    const published = nextDiagnostics(server, URI, (p) => p.version === 2);
    // Insert a heading for Paragraph 41 straight after recommendation 15 (line 250, index 249).
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 250, character: 0 }, end: { line: 250, character: 0 } }, text: 'Paragraph 41: Schools.\n\nWe agree.\n\n' }],
    });
    const { diagnostics } = await published;
    assert.ok(!diagnostics.some((d) => d.code === 'no-response'), 'recommendation 15 is answered now');
  });

  it('does not apply a change twice: an unsaved report saved to a file opens with its text, then the change that filled it arrives', async () => {
    // What VS Code sends when an untitled document is saved: the new file's didOpen already carries the text, at the
    // version of the change that follows it.
    const uri = 'file:///reports/Untitled-1.govresponse';
    const published = nextDiagnostics(server, uri);
    await server.open(uri, readSeed(), 'committee-report', 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: readSeed() }],
    });
    const { diagnostics } = await published;
    assert.ok(!diagnostics.some((d) => d.code === 'duplicate-number'), 'no recommendation read twice');
    const summary = (await server.connection.sendRequest('committeeReport/summary', { textDocument: { uri } })) as { recommendations: number };
    assert.equal(summary.recommendations, 38);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('returns quick fixes for a diagnostic sent back with its data', async () => {
    const published = nextDiagnostics(server, URI, (p) => p.version === 3);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ text: readSeed() }],
    });
    const { diagnostics } = await published;
    const d = diagnostics.find((x) => x.code === 'unknown-paragraph') as Diagnostic;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Change to Paragraph 52']);
    assert.deepEqual(actions[0].edit!.changes![URI][0], {
      range: { start: { line: 323, character: 10 }, end: { line: 323, character: 12 } },
      newText: '52',
    });
  });

  it('re-publishes with the new severity when the settings change', async () => {
    severityOfNoResponse = 'off';
    const published = nextDiagnostics(server, URI);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const { diagnostics } = await published;
    assert.ok(!diagnostics.some((d) => d.code === 'no-response'));
    assert.ok(diagnostics.some((d) => d.code === 'unknown-paragraph'));
  });

  it('clears diagnostics when the document closes', async () => {
    const published = nextDiagnostics(server, URI);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    assert.deepEqual((await published).diagnostics, []);
  });
});

describe('server over stdio: corrections of the reading', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('offers them as quick fixes on a paragraph, and reads the paragraph as corrected once applied', async () => {
    const uri = 'file:///reports/wrong.txt';
    const text = ['1. The Department should publish the data. (Paragraph 3)', '', 'We agree.', '', 'The Department should also consult parents.', '', 'We do not accept this.'].join('\n');
    const first = nextDiagnostics(server, uri);
    await server.open(uri, text);
    await first;
    const at = { start: { line: 4, character: 3 }, end: { line: 4, character: 3 } };
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: at, context: { diagnostics: [] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Read this paragraph as recommendation 2', 'Read this as the response to recommendation 1']);
    const edit = actions[0].edit!.changes![uri][0];
    const after = nextDiagnostics(server, uri, (p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
    await after;
    const outline = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { name: string; children?: { name: string }[] }[];
    const names = JSON.stringify(outline);
    assert.match(names, /2\. The Department should also consult parents/);
  });
});
