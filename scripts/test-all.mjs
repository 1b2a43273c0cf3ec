// `npm test`: every check in order, then one summary line `N passed, N failed`. Test steps count their real
// tests from the `{stats}` JSON they write to test-results/; a check without tests counts as one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'type check', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'unit tests', script: 'test:unit', counts: 'test-results/unit.json', env: { MOCHA_JSON: 'test-results/unit.json' } },
  { name: 'grammar tests', script: 'test:grammar', counts: 'test-results/grammar.json', when: 'scripts/test-grammar.mjs' },
  { name: 'accuracy on labelled letters, against each set\'s floor', script: 'accuracy' },
  { name: 'integration tests in VS Code', script: 'test:integration', counts: 'test-results/integration.json' },
  { name: 'integration tests in VS Code, Restricted Mode', script: 'test:integration', counts: 'test-results/integration-restricted.json', env: { FOI_INTEGRATION_RESTRICTED: '1' } },
  { name: 'integration tests in VS Code, pseudo-locale', script: 'test:integration', counts: 'test-results/integration-pseudo-locale.json', env: { FOI_INTEGRATION_PSEUDO_LOCALE: '1' } },
  { name: 'end-to-end test in the browser', script: 'e2e', counts: 'test-results/e2e.json', when: 'scripts/e2e/run.mjs' },
];

let passed = 0;
let failed = 0;
for (const step of steps) {
  if (step.when && !existsSync(step.when)) continue;
  if (step.counts) rmSync(step.counts, { force: true });
  console.log(`\n=== ${step.name} (npm run ${step.script})`);
  const run = spawnSync('npm', ['run', '--silent', step.script], { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const ok = run.status === 0;
  if (step.counts && existsSync(step.counts)) {
    const stats = JSON.parse(readFileSync(step.counts, 'utf8')).stats;
    passed += stats.passes;
    failed += stats.failures;
    if (!ok && stats.failures === 0) failed += 1;
  } else if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (!ok) console.log(`=== ${step.name} failed`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
