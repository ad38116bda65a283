// Protocol tests: the built server over stdio answers outline, folding, selection and workspace-symbol requests.
import { strict as assert } from 'assert';
import type { DocumentSymbol, FoldingRange, SelectionRange, WorkspaceSymbol } from 'vscode-languageserver-types';
import { readSeed } from '../../scripts/corpus';
import { startServer, type TestServer } from './client';

const SEED_URI = 'file:///reports/seed.txt';

function flatten(symbols: DocumentSymbol[], out: DocumentSymbol[] = []): DocumentSymbol[] {
  for (const s of symbols) {
    out.push(s);
    flatten(s.children ?? [], out);
  }
  return out;
}

describe('server over stdio: outline', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({}, (items) => items.map(() => ({ outline: { shortTitleWords: 5 } })));
    await server.open(SEED_URI, readSeed());
  });
  after(() => server.close());

  it('returns the seed outline with 38 recommendations, using the configured title length', async () => {
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: SEED_URI },
    })) as DocumentSymbol[];
    const recs = flatten(symbols).filter((s) => /^\d+\. /.test(s.name));
    assert.equal(recs.length, 38);
    assert.equal(recs.find((s) => s.name.startsWith('18.'))!.name, '18. The Department for Education should…');
    const r15 = recs.find((s) => s.name.startsWith('15.'))!;
    assert.match(r15.detail!, /no response/);
  });

  it('returns folding ranges and selection ranges', async () => {
    const folds = (await server.connection.sendRequest('textDocument/foldingRange', {
      textDocument: { uri: SEED_URI },
    })) as FoldingRange[];
    assert.ok(folds.some((f) => f.startLine === 273 && f.endLine === 289), 'recommendation 18 with its response folds');
    const [sel] = (await server.connection.sendRequest('textDocument/selectionRange', {
      textDocument: { uri: SEED_URI },
      positions: [{ line: 275, character: 5 }],
    })) as SelectionRange[];
    assert.equal(sel.range.start.line, 275);
    assert.ok(sel.parent, 'the selection grows');
  });

  it('finds recommendations of open reports by number and by words', async () => {
    const byNumber = (await server.connection.sendRequest('workspace/symbol', { query: '18' })) as WorkspaceSymbol[];
    assert.deepEqual(byNumber.map((s) => s.name.split('.')[0]), ['18']);
    const byWords = (await server.connection.sendRequest('workspace/symbol', { query: 'neutral role' })) as WorkspaceSymbol[];
    assert.ok(byWords.some((s) => s.name.startsWith('22.')));
    assert.equal((byNumber[0].location as { uri: string }).uri, SEED_URI);
  });

  it('treats a plain-text document shaped like a report as a report and tells the client', async () => {
    const told = new Promise<{ uri: string }>((resolve) =>
      server.connection.onNotification('committeeReport/looksLikeReport', resolve),
    );
    await server.open('file:///reports/copy.txt', readSeed(), 'plaintext');
    assert.equal((await told).uri, 'file:///reports/copy.txt');
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: 'file:///reports/copy.txt' },
    })) as DocumentSymbol[];
    assert.ok(symbols.length > 0);
  });

  it('answers an empty outline for an unknown document and for prose that is not a report', async () => {
    assert.deepEqual(await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///nope.txt' } }), []);
    await server.open('file:///letter.md', '# Dear Sir\n\nThank you.', 'markdown');
    assert.deepEqual(await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///letter.md' } }), []);
  });
});
