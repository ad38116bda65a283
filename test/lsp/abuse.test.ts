// Protocol abuse: unknown documents, positions out of range, bad edits, cancellation, floods of edits, huge and hostile
// reports. The server answers each and stays alive, never opens a network connection, and ends with the right model.
import { strict as assert } from 'assert';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-types';
import { multiplyReport, readSeed } from '../../scripts/corpus';
import { startServer, type TestServer } from './client';

const URI = 'file:///reports/abuse.txt';

describe('server over stdio: bad input and protocol abuse', function () {
  this.timeout(120_000);
  let server: TestServer;
  before(async () => {
    server = await startServer();
    await server.open(URI, readSeed());
  });
  after(async () => {
    assert.ok(!server.stderr().includes('NETWORK ATTEMPT'), `the server tried the network: ${server.stderr()}`);
    await server.close();
  });

  const alive = async () => {
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.ok(Array.isArray(symbols));
    assert.equal(server.process.exitCode, null, 'the server is still running');
  };

  it('answers requests for unknown documents with empty results', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere.txt' }, position: { line: 0, character: 0 } };
    for (const method of ['textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/completion']) {
      const r = await server.connection.sendRequest(method, { ...unknown, context: { includeDeclaration: true } });
      assert.deepEqual(r, [], method);
    }
    assert.equal(await server.connection.sendRequest('textDocument/hover', unknown), null);
    assert.deepEqual(await server.connection.sendRequest('textDocument/codeLens', { textDocument: unknown.textDocument }), []);
    assert.deepEqual(await server.connection.sendRequest('committeeReport/goToResponse', unknown), { message: 'This document is not open in the Committee Report server.' });
    assert.deepEqual(await server.connection.sendRequest('committeeReport/goToResponse', null), { message: 'This document is not open in the Committee Report server.' });
    await alive();
  });

  it('answers positions past the end of a line or the document, and negative ones', async () => {
    for (const position of [{ line: 273, character: 99_999 }, { line: 99_999, character: 5 }, { line: -5, character: -5 }, { line: 1.5, character: Number.MAX_SAFE_INTEGER }]) {
      for (const method of ['textDocument/definition', 'textDocument/hover', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/completion']) {
        await server.connection.sendRequest(method, { textDocument: { uri: URI }, position, context: { includeDeclaration: true } });
      }
      await server.connection.sendRequest('textDocument/selectionRange', { textDocument: { uri: URI }, positions: [position] });
    }
    // Clamped to the end of line 274 (recommendation 18): the hover is the last word's, or nothing, never an error.
    await alive();
  });

  it('survives didChange with ranges out of bounds', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 5000, character: 0 }, end: { line: 9000, character: 10 } }, text: 'tail' }],
    });
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ range: { start: { line: -1, character: -1 }, end: { line: 0, character: 0 } }, text: '' }],
    });
    await alive();
  });

  it('answers a request cancelled mid-flight with a result or a cancellation error, and carries on', async () => {
    const { CancellationTokenSource } = await import('vscode-languageserver-protocol');
    const source = new CancellationTokenSource();
    const pending = server.connection.sendRequest('workspace/symbol', { query: '' }, source.token);
    source.cancel();
    await pending.then(
      (r) => assert.ok(Array.isArray(r)),
      (e: { code?: number }) => assert.equal(e.code, -32800),
    );
    await alive();
  });

  it('ends a flood of 1,000 rapid edits with the same model as a fresh parse of the final text', async () => {
    let text = readSeed();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 10 }, contentChanges: [{ text }] });
    for (let i = 0; i < 1000; i++) {
      // Alternately type a character into recommendation 18 and delete one, with one real change every 100 edits.
      const insert = i % 2 === 0;
      const change = insert
        ? { range: { start: { line: 273, character: 4 }, end: { line: 273, character: 4 } }, text: i % 100 === 0 ? 'Z' : 'x' }
        : { range: { start: { line: 273, character: 4 }, end: { line: 273, character: 5 } }, text: '' };
      const lines = text.split('\n');
      const l = lines[273];
      lines[273] = insert ? l.slice(0, 4) + change.text + l.slice(4) : l.slice(0, 4) + l.slice(5);
      text = lines.join('\n');
      void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 11 + i }, contentChanges: [change] });
    }
    const flooded = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
    await server.open('file:///reports/fresh.txt', text);
    const fresh = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///reports/fresh.txt' } })) as DocumentSymbol[];
    assert.deepEqual(flooded, fresh);
    await alive();
  });

  it('gives a report over the size limit one clear diagnostic and no analysis', async () => {
    const big = readSeed().repeat(260); // about 21 MB, over the 20 MB default
    const uri = 'file:///reports/huge.txt';
    const published = server.diagnostics(uri);
    await server.open(uri, big);
    const { diagnostics } = await published;
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'too-large');
    assert.match(diagnostics[0].message, /over the 20\.0 MB limit, so it is not analysed/);
    assert.deepEqual(await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await alive();
  });

  it('answers a hover asked while a large report is analysed before the outline that started the analysis', async () => {
    const uri = 'file:///reports/large.txt';
    const textDocument = { uri };
    // Thirty copies of the seed: about 2.4 MB, enough response text for the stances to take several steps.
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'committee-report', version: 1, text: multiplyReport(readSeed(), 30) } });
    const answered: string[] = [];
    const outline = server.connection.sendRequest('textDocument/documentSymbol', { textDocument }).then((s) => {
      answered.push('outline');
      return s as DocumentSymbol[];
    });
    const hover = server.connection.sendRequest('textDocument/hover', { textDocument, position: { line: 0, character: 0 } }).then(() => answered.push('hover'));
    const [symbols] = await Promise.all([outline, hover]);
    assert.deepEqual(answered, ['hover', 'outline']);
    const names: string[] = [];
    const walk = (s: DocumentSymbol) => {
      names.push(s.name);
      s.children?.forEach(walk);
    };
    symbols.forEach(walk);
    assert.equal(names.filter((n) => /^\d+\. /.test(n)).length, 30 * 38, 'the outline has every recommendation');
    await server.connection.sendNotification('textDocument/didClose', { textDocument });
    await alive();
  });

  it('answers an outline and code lenses cancelled while the analysis runs with a cancellation, then the next ones in full', async () => {
    const { CancellationTokenSource } = await import('vscode-languageserver-protocol');
    for (const method of ['textDocument/documentSymbol', 'textDocument/codeLens']) {
      // A report of its own for each, so that the request comes while its analysis is still under way.
      const textDocument = { uri: `file:///reports/cancelled-${method.split('/')[1]}.txt` };
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { ...textDocument, languageId: 'committee-report', version: 1, text: multiplyReport(readSeed(), 30) } });
      const source = new CancellationTokenSource();
      const pending = server.connection.sendRequest(method, { textDocument }, source.token);
      source.cancel();
      await assert.rejects(pending, (e: { code?: number }) => e.code === -32800, method);
      const answer = (await server.connection.sendRequest(method, { textDocument })) as (DocumentSymbol | object)[];
      // Every recommendation: in the outline's tree, and as a lens of its own (responses have theirs too).
      const count = (items: (DocumentSymbol | object)[]): number =>
        items.reduce<number>((n, s) => n + ('name' in s ? Number(/^\d+\. /.test(s.name)) + count(s.children ?? []) : 1), 0);
      assert.ok(count(answer) >= 30 * 38, `${method}: ${count(answer)} items`);
      await server.connection.sendNotification('textDocument/didClose', { textDocument });
    }
    await alive();
  });

  it('never turns document text into command links or HTML in a hover', async () => {
    const uri = 'file:///reports/hostile.txt';
    await server.open(uri, '1. Act now. (Paragraph 1)\n\nClick [x](command:workbench.action.terminal.new) or <img src=x onerror=alert(1)> or <script>x</script>.\n\n2. B. (Paragraph 2)\n\nYes.\n\n3. C. (Paragraph 3)\n\nYes.');
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.ok(!/\]\(command:/.test(value), value);
    assert.ok(!/<img|<script/.test(value), value);
  });

  it('parses binary garbage without dying', async () => {
    const garbage = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
    await server.open('file:///reports/garbage.govresponse', garbage);
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///reports/garbage.govresponse' } });
    await alive();
  });
});
