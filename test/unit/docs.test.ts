// The user's pages: every finding explained where its link points, and a README that stays a user's page.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/features/diagnostics/types';
import { DEFAULT_DOCS_BASE } from '../../server/src/features/settings';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const USER_PAGES = ['README.md', 'docs/user-guide.md', 'docs/layouts.md', 'docs/diagnostics.md', 'docs/command-line.md', 'walkthrough/import.md'];

describe('the documentation', () => {
  it('explains every finding in docs/diagnostics.md, under the heading its link points to', () => {
    assert.ok(DEFAULT_DOCS_BASE.endsWith('/docs/diagnostics.md'));
    const reference = read('docs/diagnostics.md');
    assert.deepEqual(RULES.filter((code) => !new RegExp(`^### ${code}$`, 'm').test(reference)), []);
  });

  it('keeps the README a user\'s page: under 12 KB, the two commands at its top', () => {
    const readme = read('README.md');
    assert.ok(Buffer.byteLength(readme) < 12 * 1024, `${Buffer.byteLength(readme)} bytes`);
    const top = readme.slice(0, 1500);
    assert.match(top, /npm ci && npm start/);
    assert.match(top, /npm test/);
  });

  it('names no issue number or commit in what a user reads, and every link between the pages leads somewhere', () => {
    for (const file of USER_PAGES) {
      const text = read(file);
      assert.deepEqual(text.match(/\b[Ii]ssues? #?\d+|\(\b[0-9a-f]{7,40}\b\)/g) ?? [], [], file);
      for (const [, target, anchor] of text.matchAll(/\]\(((?!https?:|#)[^)#\s]+)(?:#([^)\s]+))?\)/g)) {
        const linked = path.join(path.dirname(file), target);
        const body = read(linked);
        if (!anchor) continue;
        const headings = [...body.matchAll(/^#+\s+(.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-'));
        assert.ok(headings.includes(anchor), `${file} links to ${target}#${anchor}, a heading it does not have`);
      }
    }
  });
});
