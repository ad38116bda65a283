// Checks the packaged .vsix: what must be inside, what must not, and its size budget. Prints a closing tally.
import { readFileSync, statSync } from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
const BUDGET = 400 * 1024;

/** The file names in a zip archive, read from its central directory. */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

const results = [];
const check = (name, ok, detail = '') => results.push({ name, ok, detail });

const size = statSync(VSIX).size;
const names = zipEntries(readFileSync(VSIX));
const must = [
  'extension/package.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/dist/serverMain.js',
  'extension/dist/cli.js',
  'extension/syntaxes/committee-report.tmLanguage.json',
  'extension/snippets/committee-report.code-snippets',
  'extension/seeds/send-government-response-2020.txt',
  'extension/schemas/glossary.schema.json',
  'extension/language-configuration.json',
  'extension/readme.md',
  'extension/LICENSE.txt',
];
for (const m of must) check(`contains ${m}`, names.includes(m));
const forbidden = [/node_modules\//, /\.ts$/, /\.map$/, /^extension\/(test|server|client|scripts|out)\//, /\.vsix$/, /\.mocharc/, /tsconfig/];
for (const f of forbidden) {
  const found = names.filter((n) => f.test(n));
  check(`contains nothing matching ${f}`, found.length === 0, found.join(', '));
}
check(`is under ${BUDGET / 1024} KB`, size < BUDGET, `${(size / 1024).toFixed(1)} KB`);

for (const r of results) console.log(`${r.ok ? '✔' : '✖'} ${r.name}${r.detail ? ` (${r.detail})` : ''}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
console.log(`Package: ${path.basename(VSIX)}, ${(size / 1024).toFixed(1)} KB, ${names.length} files.`);
process.exit(failed ? 1 : 0);
