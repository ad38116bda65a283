// Runs the end-to-end suite in a real VS Code on a machine without internet: code-server (VS Code 1.139.1 with a
// Node extension host) driven by headless Chromium, as recorded in shared/E2E.md. Exits with the suite's exit code.
// Usage: node test/e2e/run.mjs [--install-extension path/to.vsix | --packaged]
//   --install-extension installs that package and tests it instead of the source folder; --packaged uses npm run package's.
import { spawn } from 'child_process';
import { existsSync, mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { checkInstalled, CODE_SERVER, launchBrowser, makeWorkspace, NODE24, ROOT, runSuiteInPage, serverArgs, serverEnv, startCodeServer, workbenchUrl } from './codeServer.mjs';

const DEADLINE_MS = 5 * 60_000;

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsixArg = process.argv.indexOf('--install-extension');
const vsix = vsixArg > 0
  ? path.resolve(process.argv[vsixArg + 1])
  : process.argv.includes('--packaged') ? path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`) : undefined;

try {
  checkInstalled();
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
if (!existsSync(path.join(ROOT, 'out', 'e2e', 'index.js'))) {
  console.error('The end-to-end suite is not built: run node test/e2e/build.mjs first.');
  process.exit(2);
}

function run(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} exited with ${code}`))));
  });
}

const started = Date.now();
const { tmp, workspace, cleanup } = makeWorkspace();
let exitCode = 1;
let server;
let browser;
try {
  const until = Date.now() + DEADLINE_MS;
  let extensionPath = ROOT;
  if (vsix) {
    // As a user gets it: installed from the package, not loaded from the source folder.
    await run(NODE24, [CODE_SERVER, ...serverArgs(tmp, 0), '--install-extension', vsix], serverEnv(tmp));
    // The test hooks need a development path; an empty folder holds no extension, so the installed one is used.
    extensionPath = path.join(tmp, 'no-dev-extension');
    mkdirSync(extensionPath);
  }
  server = await startCodeServer(tmp, workspace, until);
  browser = await launchBrowser();
  const url = workbenchUrl(server.port, workspace, { extensionDevelopmentPath: extensionPath, extensionTestsPath: path.join(ROOT, 'out', 'e2e', 'index.js') });
  exitCode = await runSuiteInPage(browser, url, until, `end-to-end run (${DEADLINE_MS / 60_000} minutes)`);
} catch (e) {
  console.error(`The end-to-end run failed to start: ${e instanceof Error ? e.message : e}`);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  server?.stop();
  cleanup();
}
console.log(`End-to-end run finished with exit code ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(exitCode);
