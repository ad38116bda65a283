// The browser server (dist/web/server.js) in a real browser: headless Chromium runs it in a Web Worker, and this test
// speaks LSP to it with postMessage, answering its requests as VS Code for the Web would (settings, and the files of
// a workspace that exists only in this test: no disk, no network).
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { DocumentSymbol, Hover, LocationLink } from 'vscode-languageserver-types';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createProtocolConnection,
  type DataCallback,
  type Disposable,
  type Message,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { readSeed } from '../../scripts/corpus';
import type { FileRead } from '../../server/src/workspaceFiles';
import { importDocument } from '../../server/src/import';
import { textToPdf } from '../support/pdf';
import { pdfBomb } from '../hostile/rawPdf';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'web', 'server.js');
const IMPORTER = path.join(ROOT, 'dist', 'web', 'import.js');
const JSONC = path.join(ROOT, 'dist', 'web', 'jsonc.js');
const GLOSSARY_TEXTS = path.join(ROOT, 'dist', 'web', 'glossary.js');
const FOLDER = 'vscode-test-web://mount';
const REPORT = `${FOLDER}/report.txt`;
const GLOSSARY = `${FOLDER}/.vscode/committee-report-glossary.json`;
const OTHER = `${FOLDER}/reports/other.txt`;
const seed = readSeed();
const seedLines = seed.split('\n');

/** The workspace the server reads through the client: a glossary file and a second report defining an acronym. */
const FILES: Record<string, string> = {
  [GLOSSARY]: JSON.stringify({ entries: [{ term: 'QZX', expansion: 'Quality Zone Exchange' }] }),
  [OTHER]: `${seed}\nThe Kestrel Office for Learning Budgets (KOLB) will report in the spring.\n`,
};
const DIRECTORIES: Record<string, { name: string; uri: string; directory: boolean }[]> = {
  [FOLDER]: [
    { name: '.vscode', uri: `${FOLDER}/.vscode`, directory: true },
    { name: 'report.txt', uri: REPORT, directory: false },
    { name: 'reports', uri: `${FOLDER}/reports`, directory: true },
  ],
  [`${FOLDER}/reports`]: [{ name: 'other.txt', uri: OTHER, directory: false }],
};

class PageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
  deliver(message: Message): void {
    this.callback?.(message);
  }
}

class PageWriter extends AbstractMessageWriter {
  constructor(private readonly post: (m: Message) => Promise<void>) {
    super();
  }
  write(message: Message): Promise<void> {
    return this.post(message);
  }
  end(): void {}
}

/** 0-based position of `needle` on the 1-based line `lineNo` of the seed, `offset` characters in. */
function find(lineNo: number, needle: string, offset = 1) {
  const character = seedLines[lineNo - 1].indexOf(needle);
  assert.ok(character >= 0, `"${needle}" on line ${lineNo}`);
  return { line: lineNo - 1, character: character + offset };
}

function flatten(symbols: DocumentSymbol[], out: DocumentSymbol[] = []): DocumentSymbol[] {
  for (const s of symbols) {
    out.push(s);
    flatten(s.children ?? [], out);
  }
  return out;
}

describe('browser server in a Web Worker (headless Chromium)', () => {
  let site: http.Server;
  let browser: { close(): Promise<void>; newPage(): Promise<any> };
  let connection: ProtocolConnection;
  const workerErrors: string[] = [];
  const requested: string[] = [];
  const fileRequests: string[] = [];
  const published = new Map<string, { diagnostics: { code?: string; message: string; range: { start: { line: number } } }[] }>();
  let onPublished: (() => void) | undefined;
  let workerCreated = 0;
  let base = '';

  before(async function () {
    const { checkInstalled, launchBrowser } = await import('../e2e/codeServer.mjs');
    checkInstalled();
    const bundle = readFileSync(BUNDLE, 'utf8');
    site = http.createServer((req, res) => {
      requested.push(req.url ?? '');
      const script = ({ '/import.js': IMPORTER, '/jsonc.js': JSONC, '/glossary.js': GLOSSARY_TEXTS } as Record<string, string>)[req.url ?? ''];
      if (req.url === '/server.js' || script) {
        // Kept by the browser, as VS Code for the Web's extension files are: each import's worker reads the importer again.
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' });
        res.end(req.url === '/server.js' ? bundle : readFileSync(script, 'utf8'));
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Committee Report worker test</title>');
      }
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    const page = await browser.newPage();
    // Any request the worker made beyond its own script would show here (the test fails on it below); an import's
    // worker starts from a script the server makes in memory (blob:), which is no request.
    page.on('request', (r: { url(): string }) => !r.url().startsWith(base) && !r.url().startsWith(`blob:${base}/`) && requested.push(r.url()));
    const reader = new PageReader();
    await page.exposeFunction('fromServer', (m: Message) => reader.deliver(m));
    await page.exposeFunction('workerError', (m: string) => workerErrors.push(m));
    await page.goto(`${base}/`);
    // Page code as text: it runs in the browser, not here.
    await page.evaluate(`
      window.worker = new Worker('/server.js');
      window.worker.onmessage = (e) => window.fromServer(e.data);
      window.worker.onerror = (e) => window.workerError(String(e.message));
    `);
    workerCreated = Date.now();
    const writer = new PageWriter((m) => page.evaluate((msg: unknown) => (globalThis as any).worker.postMessage(msg), m));
    connection = createProtocolConnection(reader, writer);
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest<FileRead | null, void>('committeeReport/readFile', (p: { uri: string; maxBytes: number }) => {
      fileRequests.push(`file ${p.uri}`);
      const text = FILES[p.uri];
      if (text === undefined) return null;
      return text.length > p.maxBytes ? { tooLarge: text.length } : { text };
    });
    connection.onRequest('committeeReport/readDirectory', (p: { uri: string }) => {
      fileRequests.push(`directory ${p.uri}`);
      return DIRECTORIES[p.uri] ?? null;
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: [] }) => {
      published.set(p.uri, p);
      onPublished?.();
    });
    connection.listen();
  });

  after(async () => {
    connection?.dispose();
    await browser?.close();
    site?.close();
  });

  it('initialises, reads the glossary file and scans the workspace through the client', async () => {
    const init = (await connection.sendRequest('initialize', {
      processId: null,
      rootUri: FOLDER,
      workspaceFolders: [{ uri: FOLDER, name: 'mount' }],
      capabilities: { workspace: { configuration: true }, textDocument: { definition: { linkSupport: true } } },
      initializationOptions: { docsBase: 'vscode-test-web://extension/docs/diagnostics.md', importScript: `${base}/import.js`, jsoncScript: `${base}/jsonc.js`, glossaryScript: `${base}/glossary.js` },
    })) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    // Not a target, a figure for the README: the browser has no code cache, so this includes compiling the bundle.
    console.log(`      (initialize answered ${Date.now() - workerCreated} ms after the worker was created)`);
    assert.equal(init.serverInfo.name, 'Committee Report language server');
    for (const c of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentSymbolProvider', 'codeActionProvider', 'completionProvider']) {
      assert.ok(init.capabilities[c], c);
    }
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: REPORT, languageId: 'committee-report', version: 1, text: seed } });
    const deadline = Date.now() + 20_000;
    while (!(published.has(REPORT) && fileRequests.includes(`file ${OTHER}`)) && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        onPublished = resolve;
        setTimeout(resolve, 100);
      });
    }
    assert.deepEqual(workerErrors, []);
    assert.deepEqual(fileRequests, [`file ${GLOSSARY}`, `directory ${FOLDER}`, `file ${REPORT}`, `directory ${FOLDER}/reports`, `file ${OTHER}`]);
  });

  it('publishes the diagnostics: recommendation 15 unanswered, and links to the reference the client named', async () => {
    const diagnostics = published.get(REPORT)!.diagnostics as { code?: string; message: string; range: { start: { line: number } }; codeDescription?: { href: string } }[];
    const unanswered = diagnostics.filter((d) => d.code === 'no-response');
    assert.equal(unanswered.length, 1);
    assert.match(unanswered[0].message, /^Recommendation 15 /);
    assert.equal(unanswered[0].codeDescription?.href, 'vscode-test-web://extension/docs/diagnostics.md#no-response');
  });

  it('gives the outline with the 38 recommendations', async () => {
    const symbols = (await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: REPORT } })) as DocumentSymbol[];
    const recs = flatten(symbols).filter((s) => /^\d+\. /.test(s.name));
    assert.equal(recs.length, 38);
    assert.match(recs.find((s) => s.name.startsWith('15.'))!.detail!, /no response/);
  });

  it('hovers on WSoA, on a user-glossary term and on an acronym another report of the workspace defines', async () => {
    const hover = async (position: { line: number; character: number }, uri = REPORT) =>
      ((await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as (Hover & { contents: { value: string } }) | null)?.contents.value ?? '';
    assert.ok(!requested.includes('/glossary.js'), 'the built-in glossary\'s explanations are not read before a card shows one');
    const card = await hover(find(232, 'WSoA'));
    assert.match(card, /Written Statement of Action/);
    // The built-in entry's explanation, read from dist/web/glossary.js for this first card.
    assert.match(card, /The plan a local area must produce when a joint Ofsted and CQC inspection/);
    const briefing = `${FOLDER}/briefing.md`;
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: briefing, languageId: 'markdown', version: 1, text: '# Briefing\n\nThe QZX and the KOLB.\n' },
    });
    assert.match(await hover({ line: 2, character: 5 }, briefing), /Quality Zone Exchange/);
    assert.match(await hover({ line: 2, character: 17 }, briefing), /Kestrel Office for Learning Budgets/);
  });

  it('takes "(Paragraph 45)" to its response and back', async () => {
    const links = (await connection.sendRequest('textDocument/definition', { textDocument: { uri: REPORT }, position: find(274, '(Paragraph 45)', 3) })) as LocationLink[];
    assert.deepEqual(links.map((l) => [l.targetUri, l.targetSelectionRange.start.line + 1]), [[REPORT, 276]]);
  });

  it('imports a PDF, a web page and a Word file as the desktop does (the importer read on first use), and refuses a bad file', async () => {
    const response = [
      'Government response to the Committee on rural transport',
      'Recommendation 1',
      'The Department should publish a rural bus strategy within a year of this report. (Paragraph 7)',
      'Government response',
      'Accepted. The Department agrees with the Committee and will publish a strategy next year.',
      'Recommendation 2',
      'The Government should restore every bus route cut since 2010. (Paragraph 9)',
      'Government response',
      'Not accepted. Local authorities decide which routes to run.',
      'Recommendation 3',
      'The Department should review concessionary fares. (Paragraph 15)',
    ].join('\n\n');
    const pdf = await textToPdf(response, { header: 'Rural transport: Government Response', linesPerPage: 5, hyphenate: 'strategy' });
    const page = Buffer.from(`<html><body><nav>Menu</nav><main><h1>Response</h1>${response.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</main></body></html>`);
    const word = await Packer.toBuffer(new Document({ sections: [{ children: response.split('\n\n').map((p) => new Paragraph({ children: [new TextRun(p)] })) }] }));
    for (const [name, bytes] of [['rural.pdf', pdf], ['rural.html', page], ['rural.docx', new Uint8Array(word)]] as const) {
      const answer = (await connection.sendRequest('committeeReport/import', { name, base64: Buffer.from(bytes).toString('base64') })) as { text: string; summary: string };
      const desktop = await importDocument(bytes, name);
      assert.equal(answer.text, desktop.text, `${name}: ${JSON.stringify(answer).slice(0, 300)}`);
      assert.equal(answer.summary, '3 recommendations');
    }
    const refused = (await connection.sendRequest('committeeReport/import', { name: 'empty.pdf', base64: '' })) as { message: string };
    assert.equal(refused.message, 'empty.pdf is empty: there is nothing to import.');
  });

  it('reads each import in a worker of its own: the server answers while a long one runs, and a cancelled one ends at once', async () => {
    // A web page of 10 MB, which takes the importer seconds to read: in the server's own thread, the hover below
    // waited for it, and cancelling it changed nothing until it was done.
    const paragraph = '<p>The Government accepts this recommendation and will publish a <b>strategy</b> for <i>rural</i> transport next year.</p>';
    const base64 = Buffer.from(`<html><body><main>${paragraph.repeat(80_000)}</main></body></html>`).toString('base64');
    const { CancellationTokenSource } = await import('vscode-languageserver-protocol');
    const source = new CancellationTokenSource();
    const settled: string[] = [];
    const importing = connection.sendRequest('committeeReport/import', { name: 'long.html', base64 }, source.token).then(
      () => settled.push('import answered'),
      () => settled.push('import cancelled'),
    );
    const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri: REPORT }, position: find(232, 'WSoA') })) as { contents: { value: string } } | null;
    settled.push('hover answered');
    assert.match(hover?.contents.value ?? '', /Written Statement of Action/);
    source.cancel();
    await importing;
    assert.deepEqual(settled, ['hover answered', 'import cancelled']);
    // And the next import is read as before.
    const again = (await connection.sendRequest('committeeReport/import', { name: 'empty.html', base64: '' })) as { message: string };
    assert.equal(again.message, 'empty.html is empty: there is nothing to import.');
  });

  it('refuses a PDF whose page unpacks to 1.6 GB, in plain words, before PDF.js unpacks it', async () => {
    // Unpacked by PDF.js in the browser, it would take the page's memory, and the whole of VS Code for the Web with it.
    const base64 = Buffer.from(await pdfBomb(1600)).toString('base64');
    const answer = (await connection.sendRequest('committeeReport/import', { name: 'bomb.pdf', base64 })) as { message: string };
    assert.equal(answer.message, 'bomb.pdf has a part that unpacks to more than 256 MB, far more than any report: it may be damaged, or made to be too large to read. Nothing was written.');
  });

  it('made no request beyond its own scripts', () => {
    // The glossary files' reader when the glossary file was read, the built-in glossary's explanations on the first
    // acronym's card, the importer on the first import.
    assert.deepEqual(requested, ['/', '/server.js', '/jsonc.js', '/glossary.js', '/import.js']);
  });
});
