// Bundles the end-to-end suite for the extension host: vscode and mocha stay external (the host and node_modules
// provide them). And the same suite for VS Code for the Web's extension host: a browser bundle with mocha's browser
// build inside and a small stand-in for Node's assert.
import * as esbuild from 'esbuild';
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));

// The sources the tests import (a PDF), built rather than kept.
await esbuild.build({ entryPoints: { fixtures: 'test/e2e/fixtures.ts' }, bundle: true, platform: 'node', format: 'cjs', outdir: 'out/e2e', logLevel: 'warning' });
execFileSync(process.execPath, [path.join('out', 'e2e', 'fixtures.js')], { stdio: 'inherit' });

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

/**
 * mocha's browser build is a UMD file in a package of ES modules: bundled as it is, it would take the bundle's own
 * `module.exports` (and the suite's `run` with it). Given a `module` of its own, it only defines its globals.
 */
const mochaBrowserBuild = {
  name: 'mocha-browser-build',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
      contents: `(function (module, exports) {\n${readFileSync(args.path, 'utf8')}\n})({ exports: {} }, {});`,
      loader: 'js',
    }));
  },
};

await esbuild.build({
  entryPoints: { index: 'test/e2e/web/index.ts' },
  plugins: [mochaBrowserBuild],
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  outdir: 'out/e2e-web',
  external: ['vscode'],
  alias: { assert: path.join(here, 'web', 'assert.ts') },
  sourcemap: true,
  logLevel: 'warning',
});
