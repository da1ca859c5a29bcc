// Images through the S3 back end (STORAGE=s3) against a real S3-protocol server
// (s3rver, its own process): an upload, a demo-seed photo and a nameplate land in
// the bucket, not on this machine's disk, and are served from it; when the object
// store is down an upload is refused in Chinese and nothing is half-saved.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getMediaFile } from '@/lib/server/media/get-media-file';
import { uploadMedia } from '@/lib/server/media/upload-media';
import { createPublication } from '@/lib/server/publication/create-publication';
import { getPublicationSettings } from '@/lib/server/publication/get-publication-settings';
import { updatePublication } from '@/lib/server/publication/update-publication';
import { updatePublicationSchema } from '@/lib/schemas/publication';
import type { Actor } from '@/lib/server/session';
import { DEMO_FIGURES, seedFigureImage } from '@/prisma/seed/media';
import { actorFor, testDb } from '../support/actors';
import { deadEndpoint, startS3Server, type S3TestServer } from '../support/s3-server';
import { rejectsWith } from '../support/stories';

const db = testDb();
const RUN = Date.now().toString(36);
let server: S3TestServer;
let reporter: Actor, admin: Actor, pageEditor: Actor;
let photo: Buffer;
const saved: Record<string, string | undefined> = {};

function useEnv(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) {
    if (!(name in saved)) saved[name] = process.env[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

beforeAll(async () => {
  server = await startS3Server({ bucket: 'media-test' });
  // The folder back end's folder, to show that nothing lands there.
  useEnv({ ...server.env, MEDIA_DIR: await mkdtemp(path.join(tmpdir(), 'masthead-s3-media-unused-')) });
  [reporter, admin, pageEditor] = await Promise.all((['reporter', 'admin', 'pageEditor'] as const).map(actorFor));
  photo = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#4a7a9c' } }).jpeg().toBuffer();
});

afterAll(async () => {
  useEnv(saved);
  await server?.stop();
});

/** The keys in the bucket under `prefix` (s3rver answers unsigned listings). */
async function bucketKeys(prefix = ''): Promise<string[]> {
  const response = await fetch(`${server.endpoint}/${server.bucket}?list-type=2&prefix=${encodeURIComponent(prefix)}`);
  expect(response.ok).toBe(true);
  return Array.from((await response.text()).matchAll(/<Key>([^<]*)<\/Key>/g), (m) => m[1]).sort();
}

const VARIANT_FILES = ['1600.jpg', '1600.webp', '480.jpg', '480.webp', '960.jpg', '960.webp', 'original.jpg'];

describe('images in S3-compatible object storage', () => {
  it('stores an upload in the bucket under media/<id>/ and serves it from there', async () => {
    const media = await uploadMedia({ actor: reporter, fileName: '河畔.jpg', bytes: photo });
    expect(await bucketKeys(`media/${media.id}/`)).toEqual(VARIANT_FILES.map((file) => `media/${media.id}/${file}`));
    expect(await readdir(process.env.MEDIA_DIR!)).toEqual([]);
    const served = await getMediaFile({ mediaId: media.id, fileName: '960.webp', actor: async () => reporter });
    expect(served?.contentType).toBe('image/webp');
    expect((await sharp(served!.bytes).metadata()).width).toBe(960);
    // A variant the bucket does not have is "no such image", not an error.
    await fetch(`${server.endpoint}/${server.bucket}/media/${media.id}/480.webp`, { method: 'DELETE' });
    expect(await getMediaFile({ mediaId: media.id, fileName: '480.webp', actor: async () => reporter })).toBeNull();
  });

  it('stores the demo seed’s photos there too', async () => {
    const figure = await seedFigureImage(db, { figure: Object.values(DEMO_FIGURES)[0], uploaderId: reporter.id, name: 'seed.jpg' });
    expect(await bucketKeys(`media/${figure.mediaId}/`)).toContain(`media/${figure.mediaId}/960.webp`);
    const served = await getMediaFile({ mediaId: figure.mediaId, fileName: '960.jpg', actor: async () => reporter });
    expect((await sharp(served!.bytes).metadata()).format).toBe('jpeg');
  });

  it('stores a nameplate there, and a visitor gets it once an issue printing it is out', async () => {
    const { id } = await createPublication({ actor: admin, input: paperSettings() });
    const png = await sharp({ create: { width: 900, height: 240, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
    await editNameplate(id, { fileName: 'plate.png', bytes: new Uint8Array(png) });
    const nameplate = (await getPublicationSettings({ actor: admin, publicationId: id })).nameplate!;
    expect(await bucketKeys(`media/${nameplate.id}/`)).toContain(`media/${nameplate.id}/480.webp`);
    const asVisitor = () => getMediaFile({ mediaId: nameplate.id, fileName: '480.webp', actor: async () => null });
    expect(await asVisitor()).toBeNull();
    await db.publicationMembership.create({ data: { staffId: pageEditor.id, publicationId: id, roles: ['PAGE_EDITOR'] } });
    pageEditor.memberships.push({ publicationId: id, roles: ['PAGE_EDITOR'] });
    const issue = await createIssue({ actor: pageEditor, input: { publicationId: id, number: 1, date: '2024-03-08', pages: [{ name: '要闻', editorId: null, artEditorId: null }], backIssue: false } });
    await db.issue.update({ where: { id: issue.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    expect((await asVisitor())?.visibility).toBe('public');
  });
});

describe('when the object store is down or a save fails', () => {
  const countRows = () => Promise.all([db.mediaAsset.count(), db.auditEvent.count({ where: { action: 'media.upload' } })]);

  it('refuses an upload with a Chinese message and keeps no row', async () => {
    const before = await countRows();
    const keysBefore = await bucketKeys('media/');
    useEnv({ S3_ENDPOINT: await deadEndpoint() });
    try {
      await rejectsWith(uploadMedia({ actor: reporter, fileName: 'down.jpg', bytes: photo }), 'storageUnavailable');
    } finally {
      useEnv({ S3_ENDPOINT: server.endpoint });
    }
    expect(await countRows()).toEqual(before);
    expect(await bucketKeys('media/')).toEqual(keysBefore);
    // A wrong bucket is refused the same way.
    useEnv({ S3_BUCKET: 'no-such-bucket' });
    try {
      await rejectsWith(uploadMedia({ actor: reporter, fileName: 'nobucket.jpg', bytes: photo }), 'storageUnavailable');
    } finally {
      useEnv({ S3_BUCKET: server.bucket });
    }
    expect(await countRows()).toEqual(before);
  });

  it('removes the files when the row cannot be saved after them', async () => {
    const keysBefore = await bucketKeys('media/');
    // An uploader the database does not know: the files are written, then the row is refused.
    const ghost: Actor = { ...reporter, id: 'no-such-staff-member' };
    await expect(uploadMedia({ actor: ghost, fileName: 'ghost.jpg', bytes: photo })).rejects.toThrow();
    expect(await bucketKeys('media/')).toEqual(keysBefore);
  });

  it('refuses a nameplate with the same message and leaves the settings as they were', async () => {
    const { id } = await createPublication({ actor: admin, input: paperSettings() });
    const before = await getPublicationSettings({ actor: admin, publicationId: id });
    const png = await sharp({ create: { width: 900, height: 240, channels: 3, background: '#c00' } }).png().toBuffer();
    useEnv({ S3_ENDPOINT: await deadEndpoint() });
    try {
      await rejectsWith(editNameplate(id, { fileName: 'plate.png', bytes: new Uint8Array(png) }), 'storageUnavailable');
    } finally {
      useEnv({ S3_ENDPOINT: server.endpoint });
    }
    expect(await getPublicationSettings({ actor: admin, publicationId: id })).toEqual(before);
  });
});

let sequence = 0;
function paperSettings() {
  return {
    slug: `s3-paper-${RUN}-${++sequence}`,
    name: '朝阳报',
    nameTraditional: '朝陽報',
    mastheadForm: 'SIMPLIFIED' as const,
    romanizedName: 'CHAOYANGBAO',
    sponsor: '中共北京市朝阳区宣传部主办',
    publisher: '北京市朝阳区融媒体中心出版',
    permitNumber: '京内资准字 0710—L0070号',
    website: 'http://www.chynews.cn',
    serviceStrip: null,
    serviceStripPages: [1],
    weekdayPages: { '5': ['要闻', '综合'] },
    publicationDays: [1, 2, 3, 4, 5],
    firstIssueNumber: 1,
    isDefault: false,
  };
}

/** Saves a new nameplate as the settings form posts it. */
async function editNameplate(publicationId: string, nameplate: { fileName: string; bytes: Uint8Array }) {
  const current = await getPublicationSettings({ actor: admin, publicationId });
  const text = Object.fromEntries(Object.entries(current).map(([key, value]) => [key, value === null ? '' : value]));
  const input = updatePublicationSchema.parse({
    ...text,
    id: publicationId,
    version: String(current.version),
    serviceStripPages: current.serviceStripPages.join(','),
    weekdayPages: Object.fromEntries(Object.entries(current.weekdayPages).map(([day, names]) => [day, names.join(' ')])),
    publicationDays: current.publicationDays.map(String),
    firstIssueNumber: String(current.firstIssueNumber),
    isDefault: current.isDefault ? 'on' : '',
    removeNameplate: '',
  });
  return updatePublication({ actor: admin, input, nameplate });
}
