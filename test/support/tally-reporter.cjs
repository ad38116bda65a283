// Mocha's spec reporter plus a closing "N passed, N failed" line, the form CI reads.
const Mocha = require('mocha');

class TallyReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const s = runner.stats;
      console.log(`${s.passes} passed, ${s.failures} failed`);
    });
  }
}

module.exports = TallyReporter;
