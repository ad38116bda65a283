// Makes the list of layout rules (server/src/model/rules/all.ts) before a test run that loads the sources with tsx.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'rules.mjs')], { stdio: 'inherit' });
