// The end-to-end suite's entry in VS Code for the Web: the same tests as on the desktop (suite/extension.test.ts),
// run by mocha's browser build inside the web extension host, with the closing tally CI reads.
import 'mocha/mocha.js';
import * as vscode from 'vscode';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): { stats?: { passes: number } };
}

export async function run(): Promise<void> {
  // The point of this run: the extension's browser entry, in the web extension host.
  if (vscode.env.uiKind !== vscode.UIKind.Web) throw new Error('This suite is for VS Code for the Web, but the workbench is a desktop one.');
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  // After setup, which defines describe and it.
  await import('../suite/extension.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      console.log(`${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed in VS Code for the Web.`));
      else if (passed === 0) reject(new Error('No end-to-end test ran in VS Code for the Web.'));
      else resolve();
    });
  });
}
