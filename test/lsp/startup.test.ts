// Start-up from a code cache: the first start writes it, later starts use it, and a broken, foreign or unwritable
// cache only means an ordinary start.
import { strict as assert } from 'assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startServer, TEST_CACHE, type TestServer } from './client';

const REPORT = ['1. The Department should act. (Paragraph 4)', '', 'We agree.', ''].join('\n');

function cacheFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.cache')) : [];
}

async function waitFor<T>(what: string, probe: () => T | undefined, ms = 8000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The server answers as it should: the outline of a one-recommendation report. */
async function works(server: TestServer): Promise<void> {
  await server.open('file:///r.txt', REPORT);
  const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///r.txt' } })) as { name: string; children?: { name: string }[] }[];
  assert.ok(JSON.stringify(symbols).includes('1. The Department should act'), JSON.stringify(symbols));
}

describe('start-up from a code cache', function () {
  this.timeout(30000);
  let dir: string;
  const started: TestServer[] = [];
  /** A server started with `env`, stopped after the test whatever happens. */
  const start = async (env: NodeJS.ProcessEnv) => {
    const server = await startServer({}, undefined, null, env);
    started.push(server);
    return server;
  };
  beforeEach(() => {
    dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'committee-report-cache-')), 'cache');
  });
  afterEach(async () => {
    for (const s of started.splice(0)) await s.close();
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('writes the cache after the first start, uses it unchanged on the next, and removes those of other builds and the importer\'s retired one', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'server-1-2-v0.0.0-x64.cache'), 'an older build');
    writeFileSync(path.join(dir, 'import-1-2-v0.0.0-x64.cache'), 'the importer\'s single cache, as an earlier version wrote it');
    const first = await start({ COMMITTEE_REPORT_CACHE_DIR: dir });
    await works(first);
    const [name] = await waitFor('the cache file', () => {
      const files = cacheFiles(dir);
      return files.length === 1 && !files[0].startsWith('server-1-2-') ? files : undefined;
    });
    await first.close();
    const file = path.join(dir, name);
    const written = readFileSync(file);
    assert.ok(written.length > 10_000, `a cache of ${written.length} bytes`);
    if (process.platform !== 'win32') assert.equal(statSync(file).mode & 0o077, 0, 'only the user can read or write the cache');

    const second = await start({ COMMITTEE_REPORT_CACHE_DIR: dir });
    await works(second);
    // A rejected cache would be written again 1.5 s after start.
    await new Promise((r) => setTimeout(r, 2500));
    assert.ok(readFileSync(file).equals(written), 'the cache was accepted, not written again');
    assert.equal(second.stderr(), '');
    await second.close();
  });

  it('starts normally from a corrupt cache and replaces it', async () => {
    const first = await start({ COMMITTEE_REPORT_CACHE_DIR: dir });
    const [name] = await waitFor('the cache file', () => (cacheFiles(dir).length ? cacheFiles(dir) : undefined));
    await first.close();
    const file = path.join(dir, name);
    const garbage = Buffer.alloc(50_000, 7);
    writeFileSync(file, garbage);
    const second = await start({ COMMITTEE_REPORT_CACHE_DIR: dir });
    await works(second);
    await waitFor('the cache to be replaced', () => (readFileSync(file).equals(garbage) ? undefined : true));
    assert.equal(second.stderr(), '');
    await second.close();
  });

  it('starts normally when the cache folder cannot be made, and when caching is turned off', async () => {
    const blocker = path.join(path.dirname(dir), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const unwritable = await start({ COMMITTEE_REPORT_CACHE_DIR: path.join(blocker, 'cache') });
    await works(unwritable);
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(unwritable.stderr(), '');
    await unwritable.close();

    const off = await start({ COMMITTEE_REPORT_CACHE_DIR: '', XDG_CACHE_HOME: dir, HOME: dir });
    await works(off);
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(existsSync(dir), false, 'nothing was written');
    await off.close();
  });
});

after(() => rmSync(TEST_CACHE, { recursive: true, force: true }));
