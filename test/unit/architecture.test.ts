// The pure layer (model, features, glossary, service) imports no editor or protocol runtime: only types packages.
import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', 'server', 'src');
const PURE = ['model', 'features', 'glossary'].map((d) => path.join(ROOT, d)).concat([path.join(ROOT, 'service.ts')]);
const FORBIDDEN = /from\s+['"](vscode|vscode-languageserver(?:\/[\w-]+)?|vscode-languageclient(?:\/[\w-]+)?|vscode-jsonrpc(?:\/[\w-]+)?)['"]/;

function files(p: string): string[] {
  try {
    const st = statSync(p);
    if (st.isFile()) return p.endsWith('.ts') ? [p] : [];
    return readdirSync(p).flatMap((f) => files(path.join(p, f)));
  } catch {
    return [];
  }
}

describe('architecture', () => {
  it('keeps the pure layer free of vscode and vscode-languageserver imports', () => {
    const all = PURE.flatMap(files);
    assert.ok(all.length > 5, 'the pure layer was found');
    for (const f of all) {
      const m = FORBIDDEN.exec(readFileSync(f, 'utf8'));
      assert.equal(m, null, `${path.relative(ROOT, f)} imports ${m?.[1]}`);
    }
  });
});
