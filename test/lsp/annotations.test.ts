// Protocol tests: annotation completion, the export and summary requests, and the annotation commands' requests.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { startServer, type TestServer } from './client';

const URI = 'file:///reports/annotated-report.txt';
const text = readFileSync(path.join(__dirname, '..', 'fixtures', 'annotated-report.txt'), 'utf8');

describe('server over stdio: annotations', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
    await server.open(URI, text);
  });
  after(() => server.close());

  it('completes stance values after "@stance:" and tags used in the open reports after "@tags:"', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '@stance: \n@tags: \n' }],
    });
    const labels = async (line: number, character: number) => {
      const r = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line, character } })) as CompletionItem[] | CompletionList;
      return (Array.isArray(r) ? r : r.items).map((i) => i.label);
    };
    assert.deepEqual(await labels(0, 9), ['accepted', 'accepted-in-part', 'accepted-in-principle', 'under-consideration', 'noted', 'rejected']);
    assert.deepEqual(await labels(1, 7), ['accountability', 'data', 'inspection']);
  });

  it('exports the briefing in each format and summarises the report', async () => {
    const md = (await server.connection.sendRequest('committeeReport/export', { textDocument: { uri: URI }, format: 'md' })) as string;
    assert.match(md, /^# Briefing: annotated-report\.txt/);
    const json = JSON.parse((await server.connection.sendRequest('committeeReport/export', { textDocument: { uri: URI }, format: 'json' })) as string);
    assert.equal(json.recommendations.length, 3);
    assert.equal(await server.connection.sendRequest('committeeReport/export', { textDocument: { uri: URI }, format: 'exe' }), null);
    assert.deepEqual(await server.connection.sendRequest('committeeReport/summary', { textDocument: { uri: URI } }), { recommendations: 3, unanswered: 0, todos: 1 });
  });

  it('answers the note-position and next-to-do requests', async () => {
    const note = (await server.connection.sendRequest('committeeReport/notePosition', { textDocument: { uri: URI }, position: { line: 8, character: 2 } })) as { recommendation: number };
    assert.equal(note.recommendation, 1);
    const todo = (await server.connection.sendRequest('committeeReport/nextTodo', { textDocument: { uri: URI }, position: { line: 0, character: 0 } })) as { range: { start: { line: number } } };
    assert.equal(todo.range.start.line, 14);
  });
});
