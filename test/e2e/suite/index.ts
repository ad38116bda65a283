// The end-to-end suite's entry: runs the mocha tests inside VS Code's extension host and prints a closing tally.
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      // The line CI reads: mocha's own "N passing" is not one it counts.
      console.log(`${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed.`));
      else if (passed === 0) reject(new Error('No end-to-end test ran.'));
      else resolve();
    });
  });
}
