// The Word files in a real word processor: the built CLI writes the seed's briefing and a folder's tracker as .docx,
// LibreOffice (Debian's libreoffice-writer-nogui, installed by scripts/e2e/setup.sh) opens each headlessly and
// converts it to PDF, and the PDF's text (poppler's pdftotext) holds what the tables hold. A file LibreOffice had
// to repair, or could not open, gives no PDF.
import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SEED_PATH } from '../../scripts/corpus';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function need(tool: string, pkg: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  if (!found) throw new Error(`${tool} is not installed: run scripts/e2e/setup.sh, which installs Debian's ${pkg}.`);
}

describe('Word files in LibreOffice', () => {
  let dir: string;
  before(() => {
    need('soffice', 'libreoffice-writer-nogui');
    need('pdftotext', 'poppler-utils');
    assert.ok(existsSync(CLI), 'dist/cli.js is built');
    dir = mkdtempSync(path.join(os.tmpdir(), 'cr-office-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Converts `docx` to PDF with LibreOffice and returns the PDF's text. */
  function pdfText(docx: string): string {
    const out = path.join(dir, 'pdf');
    mkdirSync(out, { recursive: true });
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'pipe', timeout: 90_000 });
    const pdf = path.join(out, path.basename(docx).replace(/\.docx$/, '.pdf'));
    assert.ok(existsSync(pdf), `LibreOffice made ${path.basename(pdf)}`);
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  }

  it('opens the seed\'s briefing: title block, header row on every page, every recommendation, stances in words', () => {
    const docx = path.join(dir, 'briefing.docx');
    execFileSync(process.execPath, [CLI, 'export', SEED_PATH, '--format', 'docx', '-o', docx]);
    const text = pdfText(docx);
    assert.match(text, /Briefing: Special Educational Needs and Disabilities/);
    assert.match(text, /Committee: Education Committee/);
    assert.match(text, /Days the response took: 271 days \(the norm is 2 months: late\)/);
    assert.match(text, /Counts by stance: Accepted: 5 · Accepted in part: 4 · Under consideration: 7 · Noted: 13 · Rejected: 8 · No response: 1/);
    const pages = text.split('\f').filter((p) => p.trim());
    assert.ok(pages.length > 2, `${pages.length} pages`);
    // The response column's title, "Government response (in brief)", is on one line or wraps after "response".
    for (const [i, page] of pages.entries()) assert.match(page, /No\.\s+Paragraph\s+Recommendation\s+Government response(?: \(in brief\))?\s+Stance/, `the header row on page ${i + 1}`);
    assert.match(text, /No response/);
    for (const n of [1, 15, 38]) assert.match(text, new RegExp(`^\\s*${n}\\s+\\d`, 'm'), `recommendation ${n}`);
  });

  it('opens the tracker of a folder', () => {
    const folder = path.join(dir, 'reports');
    mkdirSync(folder);
    copyFileSync(SEED_PATH, path.join(folder, 'send.txt'));
    const docx = path.join(dir, 'tracker.docx');
    execFileSync(process.execPath, [CLI, 'tracker', folder, '--format', 'docx', '-o', docx]);
    const text = pdfText(docx);
    assert.match(text, /Tracker/);
    assert.match(text, /1 report\./);
    // Each cell's words, as LibreOffice laid them out (a cell's text wraps inside its column).
    assert.match(text, /Special Educational Needs and\s+Education\s+23 October\s+20 July 2020\s+271\s+38\s+5 accepted/);
    assert.match(text, /^\s+Disabilities: .*\(late\)/m);
  });
});
