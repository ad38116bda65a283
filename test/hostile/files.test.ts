// Folders built to trap a reader: a FIFO, links to /dev/zero and /proc/self/pagemap, a link round a loop, a link to
// a report outside the folder. The command-line tool and the server's scan skip them all and read every other report.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { run } from '../../server/src/cli';
import { nodeFiles } from '../../server/src/nodeFiles';
import { WorkspaceReports } from '../../server/src/workspaceReports';
import type { WorkspaceFiles } from '../../server/src/workspaceFiles';
import { SEED_PATH } from '../../scripts/corpus';
import { within } from './bounds';

/** A folder with one real report and every trap beside it; and a report outside it. */
function trapFolder(): { root: string; folder: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'cr-traps-'));
  const folder = path.join(root, 'reports');
  mkdirSync(folder);
  copyFileSync(SEED_PATH, path.join(folder, 'report.txt'));
  mkdirSync(path.join(root, 'elsewhere'));
  copyFileSync(SEED_PATH, path.join(root, 'elsewhere', 'secret.txt'));
  const fifo = spawnSync('mkfifo', [path.join(folder, 'fifo.txt')]);
  assert.equal(fifo.status, 0, 'mkfifo made a FIFO');
  symlinkSync('/dev/zero', path.join(folder, 'zero.txt'));
  symlinkSync('/proc/self/pagemap', path.join(folder, 'pagemap.txt'));
  symlinkSync('.', path.join(folder, 'loop'));
  symlinkSync(path.join(root, 'elsewhere', 'secret.txt'), path.join(folder, 'outside.txt'));
  symlinkSync(path.join(root, 'elsewhere'), path.join(folder, 'outside-folder'));
  symlinkSync(path.join(folder, 'nowhere.txt'), path.join(folder, 'dangling.txt'));
  return { root, folder };
}

describe('hostile folders', function () {
  this.timeout(60_000);

  it('the command-line tool checks the folder\'s report, skips every trap and says so once', async () => {
    const { folder } = trapFolder();
    const out: string[] = [];
    const err: string[] = [];
    const code = await within(20_000, 'the check', () => run(['check', '--fail-on', 'none', folder], { out: (s) => out.push(s), err: (s) => err.push(s) }));
    assert.equal(code, 0);
    const files = new Set(out.map((l) => l.split(':')[0]));
    assert.deepEqual([...files], [path.join(folder, 'report.txt')]);
    const skipped = err.filter((l) => l.startsWith('Skipped'));
    assert.equal(skipped.length, 1, 'said once');
    for (const trap of ['fifo.txt (not a regular file)', 'zero.txt (leads outside', 'pagemap.txt (leads outside', 'loop (a link round a loop)', 'outside.txt (leads outside', 'outside-folder (leads outside', 'dangling.txt (a link that leads nowhere']) {
      assert.ok(skipped[0].includes(trap), `${trap} in: ${skipped[0]}`);
    }
    assert.match(err[err.length - 1], /in 1 report\.$/);
  });

  it('the command-line tool refuses a FIFO named on its own in plain words, at once', async () => {
    const { folder } = trapFolder();
    const err: string[] = [];
    const code = await within(5000, 'the check', () => run(['check', path.join(folder, 'fifo.txt')], { out: () => undefined, err: (s) => err.push(s) }));
    assert.equal(code, 2);
    assert.match(err.join('\n'), /fifo\.txt is not a regular file/);
  });

  it('the server\'s scan reads the folder\'s report only, bounds each read by what it reads, and counts failed reads', async () => {
    const { folder } = trapFolder();
    const reads: string[] = [];
    const counting: WorkspaceFiles = {
      handles: nodeFiles.handles,
      readDirectory: nodeFiles.readDirectory,
      readFile: (uri, max, inside) => {
        reads.push(uri);
        return nodeFiles.readFile(uri, max, inside);
      },
    };
    const index = new WorkspaceReports(counting);
    await within(10_000, 'the scan', () => index.scan([pathToFileURL(folder).href]));
    assert.deepEqual(index.reports().map((r) => r.name), ['report.txt']);
    // Read outside the folder through a link: never.
    assert.equal(await nodeFiles.readFile(pathToFileURL(path.join(folder, 'outside.txt')).href, 1 << 20, pathToFileURL(folder).href), undefined);
    // A file whose size says 0 is read only as far as the bound.
    assert.deepEqual(await nodeFiles.readFile(pathToFileURL('/dev/zero').href, 1000), undefined, 'not a regular file');
    const pagemap = await nodeFiles.readFile(pathToFileURL('/proc/self/pagemap').href, 4096);
    assert.ok(!pagemap || 'tooLarge' in pagemap, 'read no further than the bound');
  });

  it('the server\'s scan counts a read that fails against its budget of 300 files', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cr-fifos-'));
    for (let i = 0; i < 400; i++) spawnSync('mkfifo', [path.join(root, `f${String(i).padStart(3, '0')}.txt`)]);
    const reads: string[] = [];
    const counting: WorkspaceFiles = { ...nodeFiles, readFile: (uri, max, inside) => (reads.push(uri), nodeFiles.readFile(uri, max, inside)) };
    await within(10_000, 'the scan', () => new WorkspaceReports(counting).scan([pathToFileURL(root).href]));
    assert.equal(reads.length, 300);
  });
});
