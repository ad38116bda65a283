// Takes the README's screenshots from a real VS Code: the outline, an acronym hover, the Problems view, the
// Recommendations and Commitments views and the tracker on the bundled report; and the outline of the bundled report
// imported from a PDF. Drives the workbench with the keyboard and the Command Palette, as a user would. Writes docs/images/*.png.
import { cpSync } from 'fs';
import * as path from 'path';
import { checkInstalled, dismissWelcome, goToLine, launchBrowser, makeWorkspace, palette, ROOT, startCodeServer, workbenchUrl } from './codeServer.mjs';

checkInstalled();
// The Commitments view as a reader sees it in December 2020, months after the response (20 July 2020): one
// commitment past its date, one still due, and those without a date. The server takes its clock from here.
process.env.COMMITTEE_REPORT_TODAY ??= '2020-12-10';
const { tmp, workspace, cleanup } = makeWorkspace();
// The bundled report set as a PDF (test/e2e/build.mjs makes it), for the import.
cpSync(path.join(ROOT, 'out', 'e2e', 'fixtures', 'send-response.pdf'), path.join(workspace, 'send-response.pdf'));
const server = await startCodeServer(tmp, workspace, Date.now() + 120_000);
const browser = await launchBrowser();
const out = (name) => path.join(ROOT, 'docs', 'images', name);
/** Line 194 of the seed defines "Written Statement of Action (WSOA)": the cursor goes inside "WSOA". */
const WSOA_COLUMN = 100;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(workbenchUrl(server.port, workspace, { extensionDevelopmentPath: ROOT }));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // Open the report from the Explorer; it switches to the report language when it opens.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'report.txt' }).first().dblclick({ timeout: 60_000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
  await dismissWelcome(page, 'report.txt');
  await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => (e.textContent ?? '').includes('Committee Report')), null, { timeout: 60_000 });
  await palette(page, 'View: Close Secondary Side Bar');
  // Give the Outline the height of the side bar: collapse the folder tree above it.
  await page.locator('.pane-header', { hasText: 'workspace' }).first().click();
  await palette(page, 'Explorer: Focus on Outline View');
  await page.waitForSelector('.outline-pane .monaco-list-row', { timeout: 30_000 });
  await page.waitForTimeout(1500);
  await goToLine(page, 274, 5);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: out('outline.png') });

  await goToLine(page, 194, WSOA_COLUMN);
  await palette(page, 'Show or Focus Hover');
  await page.waitForSelector('.monaco-hover', { timeout: 15_000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: out('hover.png') });

  await page.keyboard.press('Escape');
  await palette(page, 'View: Toggle Problems');
  await page.waitForTimeout(1500);
  await goToLine(page, 250, 1);
  await page.waitForTimeout(800);
  await page.screenshot({ path: out('problems.png') });
  // The Recommendations view beside the report, then the tracker.
  await palette(page, 'View: Close Panel');
  // Room for the view: the Outline collapsed, the side bar widened by its sash.
  await page.locator('.pane-header', { hasText: /^Outline/ }).first().click();
  await page.mouse.move(350, 430);
  await page.mouse.down();
  await page.mouse.move(640, 430, { steps: 10 });
  await page.mouse.up();
  await palette(page, 'Focus on Recommendations View');
  await page.waitForSelector('.monaco-list-row[aria-label*="Recommendation 1,"]', { timeout: 30_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: out('recommendations.png') });
  // The Commitments view below it, the Recommendations view folded for the moment.
  await page.locator('.pane-header', { hasText: /^Recommendations/ }).first().click();
  await palette(page, 'Focus on Commitments View');
  await page.waitForSelector('.monaco-list-row[aria-label^="Overdue:"]', { timeout: 30_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: out('commitments.png') });
  await page.locator('.pane-header', { hasText: /^Commitments/ }).first().click();
  await page.locator('.pane-header', { hasText: /^Recommendations/ }).first().click();
  await palette(page, 'Committee Report: Show Tracker');
  await page.waitForSelector('iframe.webview', { timeout: 30_000 });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: out('tracker.png') });

  // The PDF imported from the Explorer's context menu, and the outline of the report it wrote.
  await palette(page, 'View: Close All Editors');
  await page.locator('.pane-header', { hasText: /^Recommendations/ }).first().click();
  await page.locator('.pane-header', { hasText: 'workspace' }).first().click();
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'send-response.pdf' }).first().click({ button: 'right', timeout: 30_000 });
  // The workbench's menus act on the item that has the focus: hover it, then Enter.
  await page.locator('.monaco-menu .action-label', { hasText: 'Import Report from PDF' }).first().hover({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.tab[aria-label*="send-response.txt"]', { timeout: 60_000 });
  await page.locator('.pane-header', { hasText: 'workspace' }).first().click();
  await page.locator('.pane-header', { hasText: /^Outline/ }).first().click();
  await palette(page, 'Explorer: Focus on Outline View');
  await page.waitForSelector('.outline-pane .monaco-list-row', { timeout: 30_000 });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: out('import.png') });
  console.log('Screenshots written to docs/images/.');
} finally {
  await browser.close().catch(() => undefined);
  server.stop();
  cleanup();
}
