// Mocha reporter: the usual spec output, plus the run's counts and failures written as JSON to $MOCHA_JSON,
// so `npm test` can add up all tiers and the VS Code test rig can read results from outside the extension host.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_FAIL } = Mocha.Runner.constants;

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failures = [];
    runner.on(EVENT_TEST_FAIL, (test, err) => failures.push({ title: test.fullTitle(), message: String(err && err.message) }));
    runner.once(EVENT_RUN_END, () => {
      const target = process.env.MOCHA_JSON;
      if (!target) return;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, JSON.stringify({ stats: runner.stats, failures }, null, 2));
    });
  }
}

module.exports = SpecWithSummary;
