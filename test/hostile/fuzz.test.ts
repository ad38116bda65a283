// The fuzzer, briefly, in every test run (npm run fuzz:import runs it for 20 minutes, and npm run fuzz after the property tests): malformed web pages, Word files and
// PDFs through the import, the reader, the analysis and the exports.
import { strict as assert } from 'assert';
import { fuzz } from './fuzz';

describe('the import fuzzer', function () {
  this.timeout(120_000);
  it('finds nothing in half a minute of malformed files', async () => {
    let strays = 0;
    const count = () => strays++;
    process.on('unhandledRejection', count);
    try {
      const tally = await fuzz(0.5, 20261203);
      assert.ok(tally.runs > 500, `only ${tally.runs} files were tried`);
      assert.ok(tally.imported > 0 && tally.refused > 0, 'both imported and refused files were tried');
    } finally {
      process.off('unhandledRejection', count);
    }
  });
});
