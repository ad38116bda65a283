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

describe('architecture: the browser bundles', () => {
  // What esbuild puts into each browser bundle: none of it may be a Node module or the Node-only files.
  const NODE_ONLY = /^(?:server\/src\/(?:nodeFiles|server|start|cli|nodeFlags|codeCache|lazy)\.ts|client\/src\/extension\.ts)$/;
  /** Each browser entry, and a library that must be in it (so that the bundle is the real one). */
  const ENTRIES: [string, RegExp][] = [
    ['server/src/browserServer.ts', /^node_modules\/vscode-languageserver/],
    ['client/src/browserExtension.ts', /^node_modules\/vscode-languageclient/],
    ['server/src/import/index.ts', /^node_modules\/pdfjs-dist/],
  ];
  for (const [entry, library] of ENTRIES) {
    it(`${entry} bundles no Node module and none of the Node-only files`, async () => {
      const esbuild = await import('esbuild');
      const result = await esbuild.build({
        entryPoints: [path.join(__dirname, '..', '..', entry)],
        bundle: true,
        platform: 'browser',
        format: 'cjs',
        external: ['vscode'],
        write: false,
        metafile: true,
        logLevel: 'silent',
        absWorkingDir: path.join(__dirname, '..', '..'),
      });
      const inputs = Object.keys(result.metafile.inputs);
      assert.ok(inputs.includes(entry), `${entry} itself is among the inputs`);
      assert.ok(inputs.some((i) => library.test(i)), `${library} is bundled`);
      assert.deepEqual(inputs.filter((i) => NODE_ONLY.test(i)), []);
      const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.filter((x) => x.external).map((x) => x.path));
      assert.deepEqual([...new Set(imports)].filter((p) => p !== 'vscode'), []);
    });
  }
});

describe('architecture: imports', () => {
  /** The modules each module of server/src loads when it runs: `import type` and `export type` load nothing. */
  function runtimeImports(): Map<string, string[]> {
    const graph = new Map<string, string[]>();
    for (const file of files(ROOT)) {
      const source = readFileSync(file, 'utf8');
      const targets: string[] = [];
      for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
        const base = path.resolve(path.dirname(file), m[1]);
        const target = [base + '.ts', path.join(base, 'index.ts')].find((t) => files(t).length === 1);
        if (target) targets.push(target);
      }
      graph.set(file, targets);
    }
    return graph;
  }

  it('has no import circle in server/src', () => {
    const graph = runtimeImports();
    assert.ok(graph.size > 50, 'the sources were read');
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    assert.deepEqual(circles, []);
  });
});
