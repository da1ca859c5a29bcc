// A fresh install (the second e2e server: an empty migrated database, no demo data).
// The first visitor creates the administrator and the paper, signs in and reaches
// the newsroom; the setup page is gone afterwards, and a setup form still open in
// another tab is refused by the server. Then the administrator makes the install
// 朝阳报 through the newsroom alone (issue 11's "done when"): masthead, staff, two
// issues across a masthead change, and a second paper whose staff are kept out.
// Both e2e servers run one build and share its on-disk cache of rendered reader
// pages, so this file reads only reader pages of its own paper (/chaoyang), which
// the demo server has none of.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { mastheadOf, type SeedMasthead } from './support/seed-mastheads';
import { nav, signAllPages } from './support/staff';

// The journeys build on each other: the install the first one sets up.
test.describe.configure({ mode: 'serial' });

const ADMIN = { email: 'duruo@chaoyang.example', password: '朝阳报首任管理员-2024', name: '杜若' };

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
  await page.getByLabel('网址名').fill('login');
  await page.getByRole('button', { name: '创建管理员' }).click();
  await expect(page.getByText('这个网址名是系统自用的（如 newsroom、api），请换一个。')).toBeVisible();
  await expect(page.getByText('这个密码太常见了，很容易被猜到，请换一个。')).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue('杜若');

  await page.getByLabel('密码', { exact: true }).fill('朝阳报首任管理员-2024');
  await page.getByLabel('再次输入密码').fill('朝阳报首任管理员-2024');
  await page.getByLabel('网址名').fill('chaoyang');
  await page.getByRole('button', { name: '创建管理员' }).click();
  await expect(page).toHaveURL(/\/login\?setup=1$/);
  await expect(page.getByText('管理员账号已创建，请用它登录。')).toBeVisible();

  await page.getByLabel('邮箱').fill(ADMIN.email);
  await page.getByLabel('密码').fill(ADMIN.password);
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
  await other.getByLabel('网址名').fill('other');
  await other.getByRole('button', { name: '创建管理员' }).click();
  await expect(other.getByText('系统已经有账号了，首次设置已关闭。请直接登录。')).toBeVisible();
  await other.goto('/login');
  await expect(other).toHaveURL(/\/login$/);
  await otherContext.close();
});

type Account = { name: string; email: string; password: string };

/** A fresh browser context signed in through the sign-in form. */
async function signedIn(browser: Browser, account: Account) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(account.email);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(account.name);
  return { context, page };
}

/** The admin adds a staff member with `roles` on `paper`, on the staff page. */
async function addStaff(admin: Page, account: Account, paper: string, roles: string[]) {
  // A full load each time: the form starts empty, and the status below is this addition's.
  await admin.goto('/newsroom/staff');
  const addForm = admin.locator('form').filter({ has: admin.getByRole('button', { name: '添加人员' }) });
  await addForm.getByLabel('姓名').fill(account.name);
  await addForm.getByLabel('邮箱').fill(account.email);
  await addForm.getByLabel('初始密码').fill(account.password);
  for (const role of roles) await addForm.getByRole('group', { name: `在${paper}的角色` }).getByLabel(role, { exact: true }).check();
  await addForm.getByRole('button', { name: '添加人员' }).click();
  await expect(addForm.getByRole('status')).toContainText('已添加');
  await expect(admin.getByRole('row').filter({ hasText: account.email })).toBeVisible();
}

/** The masthead part of the publication form. */
async function fillMasthead(page: Page, facts: SeedMasthead, form: '繁体' | '简体') {
  await page.getByLabel('报头印', { exact: true }).selectOption({ label: form });
  await page.getByLabel('拼音报名', { exact: true }).fill(facts.romanizedName);
  await page.getByLabel('主办', { exact: true }).fill(facts.sponsor);
  await page.getByLabel('出版', { exact: true }).fill(facts.publisher);
  await page.getByLabel('准印证号', { exact: true }).fill(facts.permitNumber);
  await page.getByLabel('网址', { exact: true }).fill(facts.website);
}

const first = mastheadOf(3384);
const later = mastheadOf(3405);
const PAPER = '朝阳报';
const SLUG = 'chaoyang';
const MONDAY_PAGES = ['要闻', '综合', '专题', '民生', '文化', '副刊', '体育', '生活'];
const reporter = { name: '陶涛', email: 'taotao@chaoyang.example', password: '朝阳报记者的口令-0308' };
const pageEditor = { name: '王倚剑', email: 'wangyijian@chaoyang.example', password: '朝阳报版面编辑-0429' };
const chief = { name: '闻一鸣', email: 'wenyiming@chaoyang.example', password: '朝阳报总编辑签发-2024' };
const otherPageEditor = { name: '潞河编辑', email: 'editor@luhe.example', password: '潞河报的版面编辑-2024' };

/** 朝阳报's reporter files a story, its page editor plans the issue around it and sends it; the chief editor signs and publishes. Returns the board's address. */
async function makeAndPublish(browser: Browser, options: { number: number; date: string; pageCount: number }) {
  const headline = `第${options.number}期的头条稿件`;
  const writer = await signedIn(browser, reporter);
  await writer.page.goto('/newsroom/articles/new');
  await writer.page.getByLabel('主题').fill(headline);
  await writer.page.getByRole('textbox', { name: '正文' }).click();
  await writer.page.keyboard.type('本报讯 区里的新闻，由记者采写。');
  await writer.page.getByRole('button', { name: '保存' }).click();
  await expect(writer.page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  writer.page.once('dialog', (dialog) => dialog.accept());
  await writer.page.getByRole('button', { name: '交稿' }).click();
  await expect(writer.page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  await writer.context.close();

  const editor = await signedIn(browser, pageEditor);
  await editor.page.goto('/newsroom/issues/new');
  await editor.page.getByLabel('出版日期').fill(options.date);
  await editor.page.getByLabel('期号').fill(String(options.number));
  // The weekday's usual pages, as the admin set them.
  await expect(editor.page.getByLabel('版名')).toHaveCount(options.pageCount);
  await editor.page.getByRole('button', { name: '创建' }).click();
  await expect(editor.page.getByRole('heading', { level: 1 })).toContainText(`第 ${options.number} 期`);
  const boardUrl = editor.page.url();
  const lead = editor.page.getByTestId('slot-1-头条');
  await lead.getByRole('combobox').selectOption({ label: headline });
  await lead.getByRole('button', { name: '放入' }).click();
  await expect(lead).toContainText(headline);
  await editor.page.getByRole('button', { name: '送签' }).click();
  await expect(editor.page.getByText('已送总编辑签发。')).toBeVisible();
  await editor.context.close();

  const signer = await signedIn(browser, chief);
  await nav(signer.page, '签发').click();
  await signer.page.getByRole('link', { name: new RegExp(`第 ${options.number} 期`) }).click();
  await signAllPages(signer.page);
  await signer.page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(signer.page.getByText('已签发。')).toBeVisible();
  await signer.page.getByRole('button', { name: '立即发布' }).click();
  await expect(signer.page.getByText('已发布，读者现在可以看到本期。')).toBeVisible();
  await signer.context.close();
  return boardUrl;
}

/** What an anonymous reader sees at the top of an issue's front page. */
async function expectMasthead(page: Page, number: number, facts: SeedMasthead) {
  await page.goto(`/${SLUG}/${number}`);
  const masthead = page.getByRole('region', { name: '第01版：要闻' }).locator('.np-mh');
  await expect(masthead.locator('.np-mh-name')).toHaveText(facts.name);
  for (const text of [facts.romanizedName, facts.sponsor, facts.publisher, facts.permitNumber, facts.website, `第 ${number} 期`, `本期 ${facts.pageCount} 版`]) {
    await expect(masthead).toContainText(text);
  }
}

test('the administrator makes the install 朝阳报 with its staff, publishes two issues across a masthead change, and sets up a second paper kept apart', async ({ browser, page }) => {
  test.setTimeout(420_000);
  const admin = await signedIn(browser, ADMIN);

  // 朝阳报 as issue 3384 printed it: the traditional form, its history's issue number, 4 pages on Fridays and 8 on Mondays.
  await nav(admin.page, '报纸设置').click();
  await admin.page.getByRole('link', { name: `修改 ${PAPER}` }).click();
  await admin.page.getByLabel('报名（繁体）', { exact: true }).fill(first.name);
  await fillMasthead(admin.page, first, '繁体');
  await admin.page.getByLabel('首期期号', { exact: true }).fill('3384');
  await admin.page.getByRole('textbox', { name: '星期五', exact: true }).fill('要闻 综合 专题 副刊');
  await admin.page.getByRole('textbox', { name: '星期一', exact: true }).fill(MONDAY_PAGES.join(' '));
  await admin.page.getByRole('button', { name: '保存设置' }).click();
  await expect(admin.page.getByText('设置已保存，之后新建的各期使用新设置。')).toBeVisible();

  // Its staff, each with a role on this paper.
  await addStaff(admin.page, reporter, PAPER, ['记者']);
  await addStaff(admin.page, pageEditor, PAPER, ['责任编辑']);
  await addStaff(admin.page, chief, PAPER, ['总编辑']);

  // The first issue carries the paper's history on: 3384 is proposed, not 1.
  const planner = await signedIn(browser, pageEditor);
  await planner.page.goto('/newsroom/issues/new');
  await expect(planner.page.getByLabel('期号')).toHaveValue('3384');
  await planner.context.close();
  await makeAndPublish(browser, { number: 3384, date: first.date, pageCount: first.pageCount });

  // The masthead changes to issue 3405's wording and the simplified name.
  await nav(admin.page, '报纸设置').click();
  await admin.page.getByRole('link', { name: `修改 ${PAPER}` }).click();
  await fillMasthead(admin.page, later, '简体');
  await admin.page.getByRole('button', { name: '保存设置' }).click();
  await expect(admin.page.getByText('设置已保存，之后新建的各期使用新设置。')).toBeVisible();
  // Numbers and dates stay in order: 3405 dated before 3384 is refused with the reason.
  const refusing = await signedIn(browser, pageEditor);
  await refusing.page.goto('/newsroom/issues/new');
  await refusing.page.getByLabel('期号').fill('3405');
  await refusing.page.getByLabel('出版日期').fill('2024-01-05');
  await refusing.page.getByRole('button', { name: '创建' }).click();
  await expect(refusing.page.getByRole('alert').filter({ hasText: `不在最新一期（第 3384 期，${first.date}）之后` })).toBeVisible();
  await refusing.context.close();
  const boardOf3405 = await makeAndPublish(browser, { number: 3405, date: later.date, pageCount: later.pageCount });

  // An anonymous reader sees each issue's masthead as it was printed, 3384 unchanged by the later edit.
  await expectMasthead(page, 3405, later);
  await expectMasthead(page, 3384, first);
  const old = page.getByRole('region', { name: '第01版：要闻' }).locator('.np-mh');
  await expect(old).not.toContainText(later.sponsor);
  await expect(old).not.toContainText(later.website);

  // A second paper with its own page editor.
  await nav(admin.page, '报纸设置').click();
  await admin.page.getByRole('link', { name: '新建报纸' }).click();
  // Bad input first: refused with the reason, nothing typed is lost.
  await admin.page.getByLabel('报名（简体）', { exact: true }).fill('潞河报');
  await admin.page.getByLabel('网址名', { exact: true }).fill('newsroom');
  await admin.page.getByLabel('网址', { exact: true }).fill('www.luhe.example');
  await admin.page.getByRole('button', { name: '创建报纸' }).click();
  await expect(admin.page.getByText('这个网址名是系统自用的（如 newsroom、api），请换一个。')).toBeVisible();
  await expect(admin.page.getByText('网址要以 http:// 或 https:// 开头')).toBeVisible();
  await expect(admin.page.getByLabel('报名（简体）', { exact: true })).toHaveValue('潞河报');
  await admin.page.getByLabel('网址名', { exact: true }).fill('luhe');
  await admin.page.getByLabel('网址', { exact: true }).fill('http://www.luhe.example');
  await admin.page.getByRole('button', { name: '创建报纸' }).click();
  await expect(admin.page.getByText('报纸已创建。')).toBeVisible();
  await addStaff(admin.page, otherPageEditor, '潞河报', ['责任编辑']);
  await admin.context.close();

  // 潞河报's page editor plans 潞河报 only: 朝阳报's issues are neither listed nor open to them, and their own new issue is 潞河报's.
  const outsider = await signedIn(browser, otherPageEditor);
  await outsider.page.goto('/newsroom/issues');
  await expect(outsider.page.getByRole('link', { name: /第 3405 期/ })).toHaveCount(0);
  expect((await outsider.page.goto(boardOf3405))?.status()).toBe(403);
  expect((await outsider.page.goto(`${boardOf3405}/pages/1`))?.status()).toBe(403);
  expect((await outsider.page.request.get(`${boardOf3405}/pdf`)).status()).toBe(403);
  await outsider.page.goto('/newsroom/issues/new');
  await expect(outsider.page.getByLabel('期号')).toHaveValue('1');
  await outsider.context.close();
});
