// Photos in stories: a reporter uploads one (by picking and by pasting), gives it
// a caption and a credit, and bad files are refused with a reason; the photo is
// hidden from visitors until its issue is published, then readers see it with
// its credit.
import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { contextAs, nav, signAllPages } from './support/staff';

test.describe.configure({ mode: 'serial' });

const headline = `滨河公园樱花进入盛花期 ${Date.now() % 100000}`;
const caption = '游客在滨河公园樱花大道上拍照留念。';
const credit = '特约摄影 宋知行摄';
let articleUrl = '';
let mediaId = '';

const photo = () => sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#7fa4c4' } }).jpeg().toBuffer();

async function imageLoaded(img: Locator) {
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
}

async function pasteFile(page: Page, file: { name: string; type: string; base64: string }) {
  await page.getByRole('textbox', { name: '正文' }).evaluate((editor, file) => {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], file.name, { type: file.type }));
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, file);
}

test('a reporter adds a photo with caption and credit; bad files are refused with a reason', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  await page.goto('/newsroom/articles/new');
  await page.getByLabel('主题').fill(headline);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('连日来，滨河公园的三百余株樱花陆续绽放。');

  await page.getByTestId('image-file-input').setInputFiles({ name: '樱花大道.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  const figure = page.getByTestId('editor-figure');
  await expect(figure).toHaveCount(1);
  await imageLoaded(figure.locator('img'));
  await page.getByLabel('图片说明').fill(caption);
  await page.getByLabel('图片署名').fill(credit);

  // A text file named .jpg: refused by its content, whatever its name and type say.
  await page.getByTestId('image-file-input').setInputFiles({ name: '不是照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('这只是一段改了扩展名的文字，不是照片。') });
  await expect(page.getByTestId('image-upload-error')).toContainText('这不是图片文件');
  // Over the 20 MB limit.
  const oversize = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(21 * 1024 * 1024, 1)]);
  await page.getByTestId('image-file-input').setInputFiles({ name: '超大照片.jpg', mimeType: 'image/jpeg', buffer: oversize });
  await expect(page.getByTestId('image-upload-error')).toContainText('图片太大了');
  await expect(figure).toHaveCount(1);

  // Pasting an image file works like picking one; then it is removed again.
  const small = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#c47f7f' } }).png().toBuffer();
  await pasteFile(page, { name: 'paste.png', type: 'image/png', base64: small.toString('base64') });
  await expect(figure).toHaveCount(2);
  await figure.nth(1).getByRole('button', { name: '删除图片' }).click();
  await expect(figure).toHaveCount(1);

  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  articleUrl = page.url().replace(/\?.*$/, '');
  await page.goto(articleUrl);
  await expect(page.getByLabel('图片说明')).toHaveValue(caption);
  await expect(page.getByLabel('图片署名')).toHaveValue(credit);
  mediaId = (await figure.getAttribute('data-media-id'))!;
  expect(mediaId).toMatch(/^[a-z0-9]+$/);

  // Staff may fetch it, privately; a visitor gets nothing while the story is a draft.
  const staffResponse = await page.request.get(`/media/${mediaId}/960.webp`);
  expect(staffResponse.status()).toBe(200);
  expect(staffResponse.headers()['content-type']).toBe('image/webp');
  expect(staffResponse.headers()['cache-control']).toContain('private');
  const visitor = await browser.newContext();
  const hidden = await visitor.request.get(`/media/${mediaId}/960.webp`);
  expect(hidden.status()).toBe(404);
  expect(hidden.headers()['cache-control']).toBe('no-store');
  await visitor.close();

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '交稿' }).click();
  await expect(page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  await context.close();
});

test('the photo goes through placement, sign-off and publication; readers see it with its credit', async ({ browser, page }) => {
  const pageEditor = await contextAs(browser, 'pageEditor');
  await pageEditor.page.goto('/newsroom/issues/new');
  const number = await pageEditor.page.getByLabel('期号').inputValue();
  await pageEditor.page.getByRole('button', { name: '创建' }).click();
  await expect(pageEditor.page.getByRole('heading', { level: 1 })).toContainText(`第 ${number} 期`);
  const lead = pageEditor.page.getByTestId('slot-1-头条');
  await lead.getByRole('combobox').selectOption({ label: headline });
  await lead.getByRole('button', { name: '放入' }).click();
  await expect(lead).toContainText(headline);
  const board = pageEditor.page.url();

  // The page proof sets the photo with its caption and credit.
  await pageEditor.page.getByRole('link', { name: '版面预览' }).first().click();
  const proof = pageEditor.page.getByRole('region', { name: '第01版：要闻' });
  await expect(proof.locator('figure figcaption')).toContainText(credit);
  await imageLoaded(proof.locator(`figure[data-media-id="${mediaId}"] img`));
  await pageEditor.page.goto(board);
  await pageEditor.page.getByRole('button', { name: '送签' }).click();
  await expect(pageEditor.page.getByText('已送总编辑签发。')).toBeVisible();
  await pageEditor.context.close();

  const chief = await contextAs(browser, 'chiefEditor');
  await nav(chief.page, '签发').click();
  await chief.page.getByRole('link', { name: new RegExp(`第 ${number} 期`) }).click();
  await imageLoaded(chief.page.locator(`figure[data-media-id="${mediaId}"] img`).first());
  await signAllPages(chief.page);
  await chief.page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(chief.page.getByText('已签发。')).toBeVisible();
  // Signed off is not published: still nothing for a visitor.
  expect((await page.request.get(`/media/${mediaId}/480.jpg`)).status()).toBe(404);
  await chief.page.getByRole('button', { name: '立即发布' }).click();
  await expect(chief.page.getByText('已发布，读者现在可以看到本期。')).toBeVisible();
  await chief.context.close();

  await page.goto(`/wanghe/${number}`);
  await page.getByRole('complementary', { name: '本版稿件' }).getByRole('link', { name: headline }).click();
  const story = page.getByRole('article');
  const img = story.locator('figure img');
  await imageLoaded(img);
  await expect(img).toHaveAttribute('alt', caption);
  await expect(img).toHaveAttribute('srcset', new RegExp(`/media/${mediaId}/480\\.jpg 480w, /media/${mediaId}/960\\.jpg 960w, /media/${mediaId}/1600\\.jpg 1600w`));
  await expect(story.locator('figure source')).toHaveAttribute('type', 'image/webp');
  // The story's first photo is its picture for sharing and search, and is fetched at once.
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect(img).toHaveAttribute('fetchpriority', 'high');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/media/${mediaId}/960\\.jpg$`));
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as { image?: string[] };
  expect(jsonLd.image?.[0]).toMatch(new RegExp(`/media/${mediaId}/960\\.jpg$`));
  await expect(story.locator('figcaption')).toContainText(caption);
  await expect(story.locator('figcaption')).toContainText(credit);
  const published = await page.request.get(`/media/${mediaId}/1600.webp`);
  expect(published.status()).toBe(200);
  expect(published.headers()['cache-control']).toContain('public');
  expect(published.headers()['x-content-type-options']).toBe('nosniff');
});

test('the demo paper shows its seeded photos with their credits', async ({ page }) => {
  await page.goto(`/wanghe/search?q=${encodeURIComponent('半程马拉松')}`);
  await page.getByRole('link', { name: /半程马拉松鸣枪开跑/ }).first().click();
  const figure = page.getByRole('article').locator('figure');
  await imageLoaded(figure.locator('img'));
  await expect(figure.locator('figcaption')).toContainText('记者 周明远/摄');
});
