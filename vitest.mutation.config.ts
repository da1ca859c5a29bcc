// The tests Stryker runs against each mutant of the rules that guard data
// (stryker.config.mjs): the fast unit tables and the focused integration tests of
// those rules. The role matrix and the journeys are too slow to run per mutant.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Replaces the base list (mergeConfig would add to it).
    include: ['lib/permissions.test.ts', 'lib/domain/article-workflow.test.ts', 'lib/server/article/article-access.test.ts', 'tests/integration/guard-rules.test.ts'],
  },
});
