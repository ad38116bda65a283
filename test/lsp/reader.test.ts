// The protocol tests' reader of a server's output: a server stopped in the middle of writing a message must not keep
// the test process alive (CI once waited on one for good).
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';

describe('the protocol tests: reading a server that stops mid-message', () => {
  it('lets the process end although a message arrived only in part', () => {
    // In a process of its own: the reader is given half a message, and the process must then end by itself.
    const script = `const { PassThrough } = require('stream');
      const { serverReader } = require(${JSON.stringify(path.join(__dirname, '..', 'support', 'serverReader.ts'))});
      const stdout = new PassThrough();
      serverReader({ stdout }).listen(() => {});
      stdout.write('Content-Length: 40\\r\\n\\r\\n{"jsonrpc":"2.0",');
      setTimeout(() => console.log('read'), 100);`;
    const out = execFileSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { encoding: 'utf8', timeout: 8000 });
    assert.equal(out.trim(), 'read');
  });
});
