// Images: who may upload, what is refused, and the rule that a visitor sees an
// image only once a story showing it is in a published issue.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { MEDIA_LIMITS } from '@/lib/domain/image-sniff';
import { createArticle } from '@/lib/server/article/create-article';
import { fileArticle } from '@/lib/server/article/file-article';
import { updateArticle } from '@/lib/server/article/update-article';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { placeArticle } from '@/lib/server/issue/place-article';
import { publishIssue } from '@/lib/server/issue/publish-issue';
import { signOffIssue } from '@/lib/server/issue/sign-off-issue';
import { signPage } from '@/lib/server/issue/sign-page';
import { submitIssue } from '@/lib/server/issue/submit-issue';
import { getMediaFile } from '@/lib/server/media/get-media-file';
import { uploadMedia } from '@/lib/server/media/upload-media';
import type { Actor } from '@/lib/server/session';
import type { BodyDoc } from '@/lib/tiptap/body';
import { actorFor } from '../support/actors';
import { rejectsWith, storyInput } from '../support/stories';
import { backIssueSlot } from '../support/issue-slots';

let reporter: Actor, editor: Actor, pageEditor: Actor, chief: Actor, admin: Actor, proofreader: Actor;
let photo: Buffer;

beforeAll(async () => {
  process.env.MEDIA_DIR = await mkdtemp(path.join(tmpdir(), 'masthead-media-'));
  [reporter, editor, pageEditor, chief, admin, proofreader] = await Promise.all(
    (['reporter', 'editor', 'pageEditor', 'chiefEditor', 'admin', 'proofreader'] as const).map(actorFor),
  );
  photo = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#4a7a9c' } }).jpeg().toBuffer();
});

const withFigure = (mediaId: string, width: number): BodyDoc => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '河畔新栽的垂柳已经抽芽。' }] },
    { type: 'figure', attrs: { mediaId, width, height: 1200, caption: '春日河畔', credit: '特约摄影 李冬摄' } },
  ],
});
const asVisitor = async () => null;
const as = (actor: Actor) => async () => actor;

describe('uploading images', () => {
  it('lets writers upload and makes resized WebP and JPEG variants', async () => {
    const media = await uploadMedia({ actor: reporter, fileName: '河畔.jpg', bytes: photo });
    expect(media).toMatchObject({ width: 2000, height: 1200, contentType: 'image/jpeg' });
    const files = (await readdir(path.join(process.env.MEDIA_DIR!, media.id))).sort();
    expect(files).toEqual(['1600.jpg', '1600.webp', '480.jpg', '480.webp', '960.jpg', '960.webp', 'original.jpg']);
    const served = await getMediaFile({ mediaId: media.id, fileName: '960.webp', actor: as(reporter) });
    expect(served?.contentType).toBe('image/webp');
    expect((await sharp(served!.bytes).metadata()).width).toBe(960);
  });

  it('refuses staff who do not write stories', async () => {
    for (const actor of [pageEditor, chief, admin, proofreader]) {
      await rejectsWith(uploadMedia({ actor, fileName: 'a.jpg', bytes: photo }), 'forbidden');
    }
    expect((await uploadMedia({ actor: editor, fileName: 'b.jpg', bytes: photo })).id).toBeTruthy();
  });

  it('judges by content and refuses with a reason', async () => {
    await rejectsWith(uploadMedia({ actor: reporter, fileName: '照片.jpg', bytes: Buffer.from('这是一段改成 .jpg 的文字，不是照片。') }), 'mediaNotImage');
    await rejectsWith(uploadMedia({ actor: reporter, fileName: 'x.svg', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') }), 'mediaNotImage');
    await rejectsWith(uploadMedia({ actor: reporter, fileName: 'empty.jpg', bytes: Buffer.alloc(0) }), 'mediaEmpty');
    const broken = Buffer.concat([photo.subarray(0, 200), Buffer.alloc(400, 7)]);
    await rejectsWith(uploadMedia({ actor: reporter, fileName: 'broken.jpg', bytes: broken }), 'mediaBroken');
    const huge = Buffer.concat([photo.subarray(0, 4), Buffer.alloc(MEDIA_LIMITS.maxBytes)]);
    await rejectsWith(uploadMedia({ actor: reporter, fileName: 'huge.jpg', bytes: huge }), 'mediaTooLarge');
    const bomb = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(MEDIA_LIMITS.maxBytes);
    await rejectsWith(uploadMedia({ actor: reporter, fileName: 'bomb.png', bytes: bomb }), 'mediaTooManyPixels');
  });
});

describe('who may fetch an image', () => {
  it('is staff only until the story is in a published issue', async () => {
    const media = await uploadMedia({ actor: reporter, fileName: '垂柳.jpg', bytes: photo });
    const fetchAs = (actor: () => Promise<Actor | null>) => getMediaFile({ mediaId: media.id, fileName: '480.jpg', actor });

    // Uploaded but in no story; then in a draft: visitors get nothing, staff get it privately.
    expect(await fetchAs(asVisitor)).toBeNull();
    const article = await createArticle({ actor: reporter, input: { ...storyInput('配图稿件'), body: withFigure(media.id, 2000) } });
    expect(await fetchAs(asVisitor)).toBeNull();
    expect((await fetchAs(as(proofreader)))?.visibility).toBe('staff');

    // Placed on a page of an issue that is signed off but not yet published: still hidden.
    const defaults = await getNewIssueDefaults({ actor: pageEditor });
    const issue = await createIssue({
      actor: pageEditor,
      input: { publicationId: defaults.publication.id, ...(await backIssueSlot(defaults.publication.id)), pages: [{ name: '要闻', editorId: pageEditor.id, artEditorId: null }] },
    });
    await fileArticle({ actor: reporter, articleId: article.id });
    const page = (await getIssue({ actor: pageEditor, issueId: issue.id })).pages[0];
    await placeArticle({ actor: pageEditor, slotId: page.slots[0].id, articleId: article.id });
    await submitIssue({ actor: pageEditor, issueId: issue.id });
    await signPage({ actor: chief, pageId: page.id });
    await signOffIssue({ actor: chief, issueId: issue.id });
    expect(await fetchAs(asVisitor)).toBeNull();

    await publishIssue({ actor: chief, issueId: issue.id });
    expect((await fetchAs(asVisitor))?.visibility).toBe('public');
    // Only the variants that were made, never the original or a made-up size.
    expect(await getMediaFile({ mediaId: media.id, fileName: 'original.jpg', actor: as(reporter) })).toBeNull();
    expect(await getMediaFile({ mediaId: media.id, fileName: '1234.webp', actor: as(reporter) })).toBeNull();
  });

  it('drops the link when an edit removes the figure', async () => {
    const media = await uploadMedia({ actor: reporter, fileName: 'a.jpg', bytes: photo });
    const article = await createArticle({ actor: reporter, input: { ...storyInput('删图稿件'), body: withFigure(media.id, 2000) } });
    const { testDb } = await import('../support/actors');
    const db = testDb();
    expect(await db.articleMedia.count({ where: { articleId: article.id } })).toBe(1);
    await updateArticle({ actor: reporter, input: { ...storyInput('删图稿件'), id: article.id, version: article.version } });
    expect(await db.articleMedia.count({ where: { articleId: article.id } })).toBe(0);
    await db.$disconnect();
  });
});
