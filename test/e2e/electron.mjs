// Runs the same end-to-end suite under @vscode/test-electron, for a desktop with internet access (it downloads VS Code).
import { cpSync, mkdtempSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = mkdtempSync(path.join(os.tmpdir(), 'committee-report-e2e-'));
cpSync(path.join(ROOT, 'seeds', 'send-government-response-2020.txt'), path.join(workspace, 'report.txt'));
writeFileSync(path.join(workspace, 'briefing.md'), '# Briefing\n\nThe DSG deficit is growing.\n');

try {
  await runTests({
    version: process.env.VSCODE_VERSION || '1.100.0',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'e2e', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`End-to-end tests failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
