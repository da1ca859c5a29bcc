// 后台任务: the chief editor finds the background jobs page in the newsroom's navigation;
// the installation admin too. (Failing jobs and their retry are tested on the real queue
// in tests/integration/jobs.test.ts; other roles' 403 in e2e/refusals.spec.ts.)
import { expect, test } from '@playwright/test';
import { contextAs, nav } from './support/staff';

for (const who of ['chiefEditor', 'admin'] as const) {
  test(`${who} opens 后台任务 from the navigation`, async ({ browser }) => {
    const { context, page } = await contextAs(browser, who);
    await page.goto('/newsroom');
    await nav(page, '后台任务').click();
    await expect(page.getByRole('heading', { level: 1, name: '后台任务' })).toBeVisible();
    await expect(page.getByTestId('jobs-none').or(page.getByTestId('troubled-jobs'))).toBeVisible();
    await context.close();
  });
}
