// Mutation testing of the rules that guard data: who may do what, the story
// workflow, who may read or edit a story, when an issue may change, the
// conditional writes that stop two people overwriting each other (story edits,
// story moves, issue moves), and what visitors may see.
// `npm run test:mutation` prints the score (scripts/mutation.mjs).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'lib/permissions.ts',
    'lib/domain/article-workflow.ts',
    'lib/server/article/article-access.ts',
    'lib/server/session.ts',
    'lib/server/issue/issue-guards.ts',
    'lib/server/article/save-article-version.ts',
    'lib/server/article/move-article.ts',
    'lib/server/issue/move-issue.ts',
    'lib/server/reader/published-scope.ts',
  ],
  coverageAnalysis: 'perTest',
  // Each worker starts its own throwaway PostgreSQL; the machine is shared.
  concurrency: 2,
  // The first run also starts and seeds the database.
  dryRunTimeoutMinutes: 10,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.next', '.data', 'e2e', 'test-results', 'playwright-report', 'reports'],
  thresholds: { high: 90, low: 80, break: 90 },
};
