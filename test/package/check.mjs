// Checks the packaged .vsix: what must be inside, what must not, and its size budget. Prints a closing tally.
import { readFileSync, statSync } from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import yauzl from 'yauzl';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
/**
 * Budgets: 3 MB in all. What takes the room (minified): the importer, 2.1 MB (PDF.js 1.6 MB of it, with
 * its parser that runs in the same thread; mammoth and htmlparser2 the rest), loaded only when an import runs; two
 * language clients, the desktop's (Node) and VS Code for the Web's, about 420 KB each (vscode-languageclient is most
 * of it); two servers of about 400 KB (the built-in glossary packed compactly, the browser's without its explanations, read on first use: esbuild.mjs); the writers of exports twice (Node and browser, 250 KB each: Word files, and the
 * language server's text exports; loaded only when an export is made). Together about 1.3 MB compressed.
 */
const BUDGET = 3 * 1024 * 1024;
/** The browser bundles, unpacked: what VS Code for the Web downloads before the extension starts. */
const WEB_BUDGETS = {
  'extension/dist/web/client.js': 450 * 1024,
  'extension/dist/web/server.js': 400 * 1024,
  'extension/dist/web/docx.js': 300 * 1024,
  // Downloaded only when a glossary file is read or written.
  'extension/dist/web/jsonc.js': 20 * 1024,
  // Downloaded only when an acronym's hover card first shows an explanation.
  'extension/dist/web/glossary.js': 20 * 1024,
  // Downloaded only when an import runs: PDF.js most of it.
  'extension/dist/web/import.js': 2300 * 1024,
};

/** The archive's entries (name and unpacked size), read with yauzl, the zip reader vsce itself uses. */
function zipEntries(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = [];
      zip.on('entry', (e) => {
        entries.push({ name: e.fileName, size: e.uncompressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const results = [];
const check = (name, ok, detail = '') => results.push({ name, ok, detail });

const size = statSync(VSIX).size;
const entries = await zipEntries(VSIX);
const names = entries.map((e) => e.name);
const must = [
  'extension/package.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/dist/serverMain.js',
  'extension/dist/cli.js',
  'extension/dist/web/client.js',
  'extension/dist/web/server.js',
  'extension/dist/docx.js',
  'extension/dist/import.js',
  'extension/dist/importWorker.js',
  'extension/dist/web/docx.js',
  'extension/dist/web/jsonc.js',
  'extension/dist/web/glossary.js',
  'extension/dist/web/import.js',
  'extension/media/icon.png',
  'extension/walkthrough/open.md',
  'extension/syntaxes/committee-report.tmLanguage.json',
  'extension/snippets/committee-report.code-snippets',
  'extension/seeds/send-government-response-2020.txt',
  'extension/schemas/glossary.schema.json',
  'extension/language-configuration.json',
  'extension/readme.md',
  'extension/docs/diagnostics.md',
  'extension/docs/user-guide.md',
  'extension/docs/layouts.md',
  'extension/LICENSE.txt',
];
for (const m of must) check(`contains ${m}`, names.includes(m));
const forbidden = [/node_modules\//, /\.ts$/, /\.map$/, /^extension\/(test|server|client|scripts|out)\//, /\.vsix$/, /\.mocharc/, /tsconfig/];
for (const f of forbidden) {
  const found = names.filter((n) => f.test(n));
  check(`contains nothing matching ${f}`, found.length === 0, found.join(', '));
}
check(`is under ${BUDGET / 1024} KB`, size < BUDGET, `${(size / 1024).toFixed(1)} KB`);
for (const [name, budget] of Object.entries(WEB_BUDGETS)) {
  const entry = entries.find((e) => e.name === name);
  check(`${name} is under ${budget / 1024} KB`, !!entry && entry.size < budget, entry ? `${(entry.size / 1024).toFixed(1)} KB` : 'missing');
}
// The browser bundles run where Node does not: nothing in them may load a Node module.
for (const name of Object.keys(WEB_BUDGETS)) {
  const entry = entries.find((e) => e.name === name);
  if (!entry) continue;
  const text = readFileSync(path.join(ROOT, name.replace(/^extension\//, '')), 'utf8');
  const nodeModules = [...text.matchAll(/require\(["'](?:node:)?(fs|path|child_process|os|url|net|crypto|worker_threads)["']\)/g)].map((m) => m[1]);
  check(`${name} loads no Node module`, nodeModules.length === 0, nodeModules.join(', '));
}

for (const r of results) console.log(`${r.ok ? '✔' : '✖'} ${r.name}${r.detail ? ` (${r.detail})` : ''}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
console.log(`Package: ${path.basename(VSIX)}, ${(size / 1024).toFixed(1)} KB, ${names.length} files.`);
process.exit(failed ? 1 : 0);
