// Protocol tests: acronym hovers on the seed, in a Markdown briefing, and from a user glossary file that is reloaded when it changes.
import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Hover } from 'vscode-languageserver-types';
import { findAcronyms } from '../../server/src/model/acronyms';
import { readSeed } from '../../scripts/corpus';
import builtin from '../../server/src/glossary/builtin.json';
import { startServer, type TestServer } from './client';

const seed = readSeed();
const seedLines = seed.split('\n');
const tokens = findAcronyms(seedLines);

/** The expansion a card shows in bold on its first line. */
function expansionOf(h: Hover | null): string | undefined {
  const value = h && (h.contents as { value: string }).value;
  return value ? /^\*\*(.+?)\*\*/.exec(value)?.[1].replace(/\\(.)/g, '$1') : undefined;
}

describe('server over stdio: acronym hovers', () => {
  let server: TestServer;
  let dir: string;
  let glossaryPath: string;
  const hoverAt = (uri: string, line: number, character: number) =>
    server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;
  const firstUse = (text: string) => {
    const t = tokens.find((x) => x.text === text)!;
    assert.ok(t, `${text} is in the seed`);
    return t;
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cr-ws-'));
    mkdirSync(path.join(dir, '.vscode'));
    glossaryPath = path.join(dir, '.vscode', 'committee-report-glossary.json');
    writeFileSync(glossaryPath, '{ "entries": [ { "term": "SPCF", "expansion": "Our name for the capital fund" }, { "term": "ZZQ" } ] }');
    // A report on disk that is never opened: its definitions are found by the workspace scan.
    writeFileSync(
      path.join(dir, 'other-report.txt'),
      '1. The Frobnication Oversight Office (FOO) should act. (Paragraph 1)\n\nYes.\n\n2. B. (Paragraph 2)\n\nYes.\n\n3. C. (Paragraph 3)\n\nYes.\n',
    );
    server = await startServer({}, undefined, [{ uri: pathToFileURL(dir).href, name: 'ws' }]);
    await server.open(pathToFileURL(path.join(dir, 'seed.txt')).href, seed);
    // The glossary is read once the server is initialised; wait for its problems to be published.
    await server.diagnostics(pathToFileURL(glossaryPath).href, () => true, false);
  });
  after(() => server.close());

  const seedUri = () => pathToFileURL(path.join(dir, 'seed.txt')).href;

  it('gives the right expansion for the named acronyms of the seed', async () => {
    const expected: Record<string, string> = {
      EHC: 'Education Health and Care',
      WSOA: 'Written Statement of Action',
      WSoA: 'Written Statement of Action',
      DCO: 'Designated Clinical Officer',
      DMO: 'Designated Medical Officer',
      NASENCO: 'National Award in SEN Coordination',
      SENCO: 'Special educational needs co-ordinator',
      DSG: 'Dedicated Schools Grant',
      LAs: 'local authorities',
      CCGs: 'Clinical Commissioning Groups',
      DHSC: 'Department of Health and Social Care',
      AP: 'Alternative provision',
      EHCPs: 'Education, health and care plan',
      NQT: 'Newly qualified teacher',
      SPCF: 'Our name for the capital fund',
    };
    for (const [text, expansion] of Object.entries(expected)) {
      const t = firstUse(text);
      assert.equal(expansionOf(await hoverAt(seedUri(), t.line, t.start + 1)), expansion, text);
    }
  });

  it('gives a card for every acronym in the seed', async () => {
    const seen = new Set<string>();
    for (const t of tokens) {
      if (seen.has(t.base)) continue;
      seen.add(t.base);
      const h = await hoverAt(seedUri(), t.line, t.start);
      assert.ok(expansionOf(h), `${t.base} on line ${t.line + 1}`);
    }
    assert.ok(seen.size >= 35, `${seen.size} distinct acronyms`);
  });

  it('shows both where the document and the built-in glossary disagree', async () => {
    const t = firstUse('IPSEA');
    const value = ((await hoverAt(seedUri(), t.line, t.start)) as Hover & { contents: { value: string } }).contents.value;
    assert.match(value, /^\*\*Independent Parental Special Educational Advice\*\*/);
    assert.match(value, /\*Also:\* \*\*Independent Provider of Special Education Advice\*\* — built-in glossary/);
  });

  it('hovers in a Markdown briefing, using the definitions of the workspace reports', async () => {
    const uri = pathToFileURL(path.join(dir, 'briefing.md')).href;
    await server.open(uri, '# Briefing\n\nIPSEA and the DSG, and the LAs.', 'markdown');
    assert.equal(expansionOf(await hoverAt(uri, 2, 2)), 'Independent Parental Special Educational Advice');
    assert.equal(expansionOf(await hoverAt(uri, 2, 15)), 'Dedicated Schools Grant');
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, [], 'the briefing is not claimed as a report');
  });

  it('uses definitions from reports in the workspace that are not open', async () => {
    const uri = pathToFileURL(path.join(dir, 'notes.md')).href;
    await server.open(uri, 'Ask the FOO.', 'markdown');
    const until = Date.now() + 10_000;
    let expansion: string | undefined;
    // The scan runs after start-up: poll with a deadline rather than sleep.
    while (Date.now() < until && !expansion) {
      expansion = expansionOf(await hoverAt(uri, 0, 9));
      if (!expansion) await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(expansion, 'Frobnication Oversight Office');
  });

  it('reports the glossary file\'s mistakes, and reloads it when it changes', async () => {
    const glossaryUri = pathToFileURL(glossaryPath).href;
    const first = server.published.find((p) => p.uri === glossaryUri)!;
    assert.deepEqual(first.diagnostics.map((d) => [d.range.start.line, d.message]), [[0, 'Entry 2 has no "expansion". Add it as text.']]);
    const problems = server.diagnostics(glossaryUri, (p) => p.diagnostics.length === 0);
    writeFileSync(glossaryPath, '{ "entries": [ { "term": "DSG", "expansion": "Our DSG" } ] }');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: glossaryUri, type: 2 }] });
    await problems;
    const t = firstUse('DSG');
    assert.equal(expansionOf(await hoverAt(seedUri(), t.line, t.start)), 'Our DSG');
  });
});

describe('server over stdio: the built-in glossary', () => {
  it('has every built-in entry as written in builtin.json, each field and variant (the build packs the file into a compact form)', async () => {
    const entries = (builtin as { entries: { term: string; expansion: string; explanation: string; link?: string; variants?: string[] }[] }).entries;
    const names = entries.flatMap((e) => [e.term, ...(e.variants ?? [])].map((name) => ({ name, entry: e })));
    // A server of its own, with no report that defines any of them.
    const alone = await startServer();
    const uri = 'untitled:builtin';
    await alone.open(uri, names.map((n) => `${n.name} is named here.`).join('\n'));
    for (const [line, { name, entry }] of names.entries()) {
      const hover = (await alone.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 0 } })) as Hover | null;
      const value = hover ? (hover.contents as { value: string }).value.replace(/\\(.)/g, '$1') : '';
      assert.equal(expansionOf(hover), entry.expansion, `${name}: the expansion`);
      assert.ok(value.includes(entry.explanation.slice(0, 40)), `${name}: the explanation in ${JSON.stringify(value)}`);
      if (entry.link) assert.ok(value.includes(entry.link), `${name}: the link`);
    }
    await alone.close();
  });
});
