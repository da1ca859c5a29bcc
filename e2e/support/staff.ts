import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_STAFF, type DemoStaffKey } from '@/prisma/seed/staff';

export const staff = (key: DemoStaffKey) => DEMO_STAFF.find((member) => member.key === key)!;

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, key: DemoStaffKey) {
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(staff(key).email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  // A server's first sign-in also loads the newsroom's code for its first render: with four
  // e2e servers and the browsers on two cores, that once took longer than the usual 10 s.
  await expect(page.getByTestId('signed-in-as')).toContainText(staff(key).name, { timeout: 30_000 });
}

/** A fresh browser context signed in as one demo account. */
export async function contextAs(browser: Browser, key: DemoStaffKey, baseURL?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await signIn(page, key);
  return { context, page };
}

/** A link in the newsroom's side navigation. */
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: '采编中心' }).getByRole('link', { name, exact: true });

/** On the chief editor's sign-off page: signs (签版) every page still unsigned. */
export async function signAllPages(page: Page) {
  await expect(page.getByTestId('signed-pages')).toBeVisible();
  const signButtons = page.getByRole('button', { name: '签版', exact: true });
  for (let remaining = await signButtons.count(); remaining > 0; remaining--) {
    await signButtons.first().click();
    await expect(signButtons).toHaveCount(remaining - 1);
  }
}

/** A reporter writes and files (交稿) a short story, so a test has its own story to place. */
export async function fileNewStory(browser: Browser, headline: string, baseURL?: string) {
  const { context, page } = await contextAs(browser, 'reporter', baseURL);
  await page.goto('/newsroom/articles/new');
  await page.getByLabel('主题').fill(headline);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('测试用稿件正文。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '交稿' }).click();
  await expect(page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  await context.close();
}
