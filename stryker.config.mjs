// Mutation testing (issue 10): `npm run mutate`, outside `npm test` (it takes minutes).
// StrykerJS lives in tools/stryker/, installed there by the first `npm run mutate`.
// The report lands in reports/mutation/; survivors are killed by tests or explained in
// docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    'src/question/**/*.ts',
    'src/language/answer.ts',
    'src/form/**/*.ts',
    'src/token/format.ts',
    'src/token/signing.ts',
    'src/token/v1.ts',
    'src/token/keys.ts',
    'src/token/crypto/kernel-random.ts',
    'src/captcha.ts',
    'src/stores/memory.ts',
    'src/stores/lifetime.ts',
    // src/stores/redis.ts: its tests against a real server are integration tests, which
    // vitest.stryker.config.ts leaves out.
  ],
  coverageAnalysis: 'perTest',
  // Two cores, shared with other test runs.
  concurrency: 2,
  // A mutant that loops forever (a rejection loop that never accepts) is a timeout: detect it
  // soon, as each one restarts a test runner.
  timeoutMS: 3_000,
  // Re-runs test only what changed since the last report (reports/stryker-incremental.json).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
