import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_STAFF, type DemoStaffKey } from '@/prisma/seed/staff';

export const staff = (key: DemoStaffKey) => DEMO_STAFF.find((member) => member.key === key)!;

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, key: DemoStaffKey) {
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(staff(key).email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(staff(key).name);
}

/** A fresh browser context signed in as one demo account. */
export async function contextAs(browser: Browser, key: DemoStaffKey): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, key);
  return { context, page };
}

/** A link in the newsroom's side navigation. */
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: '采编中心' }).getByRole('link', { name, exact: true });
