// Writes server/src/model/rules/all.ts: one import for each layout rule file in that folder, so that adding a layout
// is adding a rule file. Run by the build, the type-check and the test runners (test/support/rules.cjs); the file is
// not kept in git. Rewrites it only when the list changed, so that watchers are not woken for nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'server', 'src', 'model', 'rules');
/** Files in the folder that are not rules: the ruler, the rule type and this list itself. */
export const NOT_RULES = new Set(['index.ts', 'types.ts', 'all.ts']);

export function writeRuleList() {
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !NOT_RULES.has(f)).sort();
  const names = files.map((f) => f.slice(0, -3));
  const ids = names.map((n, i) => `rule${i}`);
  const text = [
    '// Made by scripts/rules.mjs from the files in this folder (not kept in git): every layout rule, in file-name order.',
    "import type { BlockRule } from './types';",
    ...names.map((n, i) => `import ${ids[i]} from './${n}';`),
    '',
    `export const ALL_RULES: readonly BlockRule[] = [${ids.join(', ')}];`,
    '',
  ].join('\n');
  const file = join(folder, 'all.ts');
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    // Not made yet.
  }
  if (old !== text) writeFileSync(file, text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeRuleList();
