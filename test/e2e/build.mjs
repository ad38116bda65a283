// Bundles the end-to-end suite for the extension host: vscode and mocha stay external (the host and node_modules provide them).
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: { index: 'test/e2e/suite/index.ts', 'extension.test': 'test/e2e/suite/extension.test.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outdir: 'out/e2e',
  external: ['vscode', 'mocha'],
  sourcemap: true,
  logLevel: 'warning',
});
