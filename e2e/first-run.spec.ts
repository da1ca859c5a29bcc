// A fresh install (the second e2e server: an empty migrated database, no demo data).
// The first visitor creates the administrator and the paper, signs in and reaches
// the newsroom; the setup page is gone afterwards, and a setup form still open in
// another tab is refused by the server. It stays off the reader pages: both e2e
// servers run one build and share its on-disk cache of rendered reader pages.
import { expect, test } from '@playwright/test';

test('the first visitor sets up the newsroom once', async ({ page, browser }) => {
  // Anyone arriving at the newsroom of an empty install is sent to the first-run page.
  await page.goto('/newsroom');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: '首次设置' })).toBeVisible();

  // A second person opens the same page before the first one submits.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto('/setup');
  await expect(other.getByRole('heading', { name: '首次设置' })).toBeVisible();

  // Bad input is explained and nothing typed but the passwords is lost.
  await page.getByLabel('姓名').fill('杜若');
  await page.getByLabel('邮箱（登录用）').fill('duruo@chaoyang.example');
  await page.getByLabel('密码', { exact: true }).fill('masthead-demo');
  await page.getByLabel('再次输入密码').fill('masthead-demo');
  await page.getByLabel('报名').fill('朝阳报');
  await page.getByLabel('网址标识').fill('login');
  await page.getByRole('button', { name: '创建管理员' }).click();
  await expect(page.getByText('这个网址标识是系统自用的，请换一个。')).toBeVisible();
  await expect(page.getByText('这个密码太常见了，很容易被猜到，请换一个。')).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue('杜若');

  await page.getByLabel('密码', { exact: true }).fill('朝阳报首任管理员-2024');
  await page.getByLabel('再次输入密码').fill('朝阳报首任管理员-2024');
  await page.getByLabel('网址标识').fill('chaoyang');
  await page.getByRole('button', { name: '创建管理员' }).click();
  await expect(page).toHaveURL(/\/login\?setup=1$/);
  await expect(page.getByText('管理员账号已创建，请用它登录。')).toBeVisible();

  await page.getByLabel('邮箱').fill('duruo@chaoyang.example');
  await page.getByLabel('密码').fill('朝阳报首任管理员-2024');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.getByRole('heading', { name: '杜若，您好' })).toBeVisible();
  // The paper exists with its starting templates (版式).
  await page.goto('/newsroom/templates');
  await expect(page.getByText('头版·四条').first()).toBeVisible();

  // The page is gone for everyone…
  const again = await other.request.get('/setup');
  expect(again.status()).toBe(404);
  // …and the form still open in the other tab is refused by the server.
  await other.getByLabel('姓名').fill('抢先者');
  await other.getByLabel('邮箱（登录用）').fill('second@chaoyang.example');
  await other.getByLabel('密码', { exact: true }).fill('another-long-passphrase');
  await other.getByLabel('再次输入密码').fill('another-long-passphrase');
  await other.getByLabel('报名').fill('别的报');
  await other.getByLabel('网址标识').fill('other');
  await other.getByRole('button', { name: '创建管理员' }).click();
  await expect(other.getByText('系统已经有账号了，首次设置已关闭。请直接登录。')).toBeVisible();
  await other.goto('/login');
  await expect(other).toHaveURL(/\/login$/);
  await otherContext.close();
});
