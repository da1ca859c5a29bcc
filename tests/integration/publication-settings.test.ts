// Publication settings and the order of issues, on the real database: each test
// paper is its own publication, so nothing here changes what other files read.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_FORMAT_PRESETS } from '@/lib/domain/page-format';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getMediaFile } from '@/lib/server/media/get-media-file';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { getNeighbouringIssues } from '@/lib/server/reader/published-issues';
import { createPublication } from '@/lib/server/publication/create-publication';
import { getPublicationSettings } from '@/lib/server/publication/get-publication-settings';
import { listPublications } from '@/lib/server/publication/list-publications';
import { updatePageFormat } from '@/lib/server/publication/update-page-format';
import { updatePublication } from '@/lib/server/publication/update-publication';
import { publicationSettingsSchema, updatePublicationSchema, type PublicationSettingsInput } from '@/lib/schemas/publication';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';
import { rejectsWith } from '../support/stories';

const db = testDb();
const RUN = Date.now().toString(36);
let sequence = 0;
let admin: Actor, pageEditor: Actor;

beforeAll(async () => {
  process.env.MEDIA_DIR = await mkdtemp(path.join(tmpdir(), 'masthead-publication-media-'));
  [admin, pageEditor] = await Promise.all((['admin', 'pageEditor'] as const).map(actorFor));
});

const settings = (overrides: Partial<PublicationSettingsInput> = {}): PublicationSettingsInput => ({
  slug: `paper-${RUN}-${++sequence}`,
  name: '朝阳报',
  nameTraditional: '朝陽報',
  mastheadForm: 'SIMPLIFIED',
  romanizedName: 'CHAOYANGBAO',
  sponsor: '中共北京市朝阳区宣传部主办',
  publisher: '北京市朝阳区融媒体中心出版',
  permitNumber: '京内资准字 0710—L0070号',
  website: 'http://www.chynews.cn',
  serviceStrip: null,
  serviceStripPages: [1],
  weekdayPages: { '5': ['要闻', '综合', '专题', '专题', '副刊', '文化', '体育', '生活'] },
  publicationDays: [1, 2, 3, 4, 5],
  firstIssueNumber: 3384,
  isDefault: false,
  ...overrides,
});

/** A publication of this file's own, with the demo page editor on its staff; it comes with the starting templates. */
async function paper(overrides: Partial<PublicationSettingsInput> = {}) {
  const created = await createPublication({ actor: admin, input: settings(overrides) });
  await db.publicationMembership.create({ data: { staffId: pageEditor.id, publicationId: created.id, roles: ['PAGE_EDITOR'] } });
  pageEditor.memberships.push({ publicationId: created.id, roles: ['PAGE_EDITOR'] });
  return created;
}

const onePage = [{ name: '要闻', editorId: null, artEditorId: null }];
const make = (publicationId: string, number: number, date: string, backIssue = false) =>
  createIssue({ actor: pageEditor, input: { publicationId, number, date, pages: onePage, backIssue } });

async function edit(publicationId: string, changes: Record<string, unknown>) {
  const current = await getPublicationSettings({ actor: admin, publicationId });
  const form = { ...current, ...changes };
  // As a form posts it: text everywhere, empty for none.
  const text = Object.fromEntries(Object.entries(form).map(([key, value]) => [key, value === null ? '' : value]));
  const input = updatePublicationSchema.parse({
    ...text,
    id: publicationId,
    version: String(form.version),
    serviceStripPages: (form.serviceStripPages as number[]).join(','),
    weekdayPages: Object.fromEntries(Object.entries(form.weekdayPages as Record<string, string[]>).map(([day, names]) => [day, names.join(' ')])),
    publicationDays: (form.publicationDays as number[]).map(String),
    firstIssueNumber: String(form.firstIssueNumber),
    isDefault: form.isDefault ? 'on' : '',
    removeNameplate: changes.removeNameplate ? 'on' : '',
  });
  return updatePublication({ actor: admin, input, nameplate: (changes.nameplate as { fileName: string; bytes: Uint8Array } | undefined) ?? null });
}

describe('issue numbers and dates in the paper’s order', () => {
  it('refuses 第3700期 dated April after issues dated November, unless entered as a back issue between its neighbours', async () => {
    const { id } = await paper();
    await make(id, 3690, '2024-11-04');
    await make(id, 3699, '2024-11-05');
    await rejectsWith(make(id, 3700, '2024-04-01'), 'issueNotAfterLatest');
    await rejectsWith(make(id, 3699 - 1, '2024-11-06'), 'issueNumberNotAfterLatest');
    // Back-issue mode: it says so, and the number must fit between its neighbours by date.
    await rejectsWith(make(id, 3700, '2024-04-01', true), 'backIssueNumberOutOfOrder');
    await rejectsWith(make(id, 3695, '2024-04-01', true), 'backIssueNumberOutOfOrder');
    await rejectsWith(make(id, 3695, '2024-11-04', true), 'issueDateTaken');
    await rejectsWith(make(id, 3700, '2024-11-06', true), 'backIssueIsLatest');
    const back = await make(id, 3600, '2024-04-01', true);
    expect(back.number).toBe(3600);
    expect(await db.auditEvent.findFirst({ where: { entityId: back.id, action: 'issue.create' }, select: { details: true } })).toMatchObject({ details: { backIssue: true } });
    // Proposed next: the latest by date + 1, on the next publication day.
    const defaults = await getNewIssueDefaults({ actor: pageEditor, publicationId: id });
    expect(defaults.number).toBe(3700);
  });

  it('lets one of two page editors creating the next issue at once through and refuses the other', async () => {
    const { id } = await paper();
    await make(id, 3404, '2024-04-26');
    const defaults = await getNewIssueDefaults({ actor: pageEditor, publicationId: id });
    const results = await Promise.allSettled([make(id, defaults.number, defaults.date), make(id, defaults.number, defaults.date)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.messageKey).toBe('issueNumberTaken');
    expect(await db.issue.count({ where: { publicationId: id } })).toBe(2);
  });

  it('checks two creations at once one after the other: a higher number dated earlier never slips in beside a lower one', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { id } = await paper();
      await make(id, 3404, '2024-04-26');
      // Each alone follows the latest issue; together they would cross (3406 before 3405).
      const results = await Promise.allSettled([make(id, 3405, '2024-04-30'), make(id, 3406, '2024-04-29')]);
      expect(results.filter((r) => r.status === 'fulfilled'), 'both went through').toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(['issueNotAfterLatest', 'issueNumberNotAfterLatest']).toContain(refused.reason.messageKey);
    }
  });
});

describe('上一期/下一期', () => {
  it('follow the date order, a back issue entered later sitting where it was printed', async () => {
    const { id, slug } = await paper();
    await make(id, 3384, '2024-03-08');
    await make(id, 3386, '2024-03-12');
    await make(id, 3385, '2024-03-11', true);
    await db.issue.updateMany({ where: { publicationId: id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    const around = await getNeighbouringIssues({ publicationSlug: slug, number: 3385 });
    expect(around).toEqual({ previous: { number: 3384, date: '2024-03-08' }, next: { number: 3386, date: '2024-03-12' } });
    expect((await getNeighbouringIssues({ publicationSlug: slug, number: 3386 })).previous?.number).toBe(3385);
  });
});

describe('creating an issue', () => {
  it('proposes the first issue number, the next publication day and that weekday’s pages', async () => {
    const { id } = await paper({ publicationDays: [5], firstIssueNumber: 3405 });
    const first = await getNewIssueDefaults({ actor: pageEditor, publicationId: id });
    expect(first.number).toBe(3405);
    expect(new Date(`${first.date}T00:00:00Z`).getUTCDay()).toBe(5);
    expect(first.pages.map((p) => p.name)).toEqual(['要闻', '综合', '专题', '专题', '副刊', '文化', '体育', '生活']);
    await make(id, 3405, '2024-03-08');
    const next = await getNewIssueDefaults({ actor: pageEditor, publicationId: id });
    expect(next.number).toBe(3406);
    expect(next.date > '2024-03-08').toBe(true);
  });
});

describe('publication settings', () => {
  it('apply to issues made afterwards only: the masthead and the page format stay with each issue', async () => {
    const { id } = await paper();
    const before = await make(id, 3384, '2024-03-08');
    await edit(id, { mastheadForm: 'TRADITIONAL', sponsor: '中共北京市朝阳区委宣传部主办', website: 'http://www.chynews.bjchy.gov.cn', serviceStrip: '便民电话 | 12345', serviceStripPages: [1, 2] });
    await updatePageFormat({ actor: admin, publicationId: id, format: PAGE_FORMAT_PRESETS['对开'] });
    const after = await make(id, 3405, '2024-04-29');

    const old = await getIssue({ actor: pageEditor, issueId: before.id });
    expect(old.masthead).toMatchObject({ printedName: '朝阳报', sponsor: '中共北京市朝阳区宣传部主办', website: 'http://www.chynews.cn', serviceStrip: null });
    expect(old.format).toMatchObject({ name: '4开', widthMm: 272 });
    const fresh = await getIssue({ actor: pageEditor, issueId: after.id });
    expect(fresh.masthead).toMatchObject({ printedName: '朝陽報', sponsor: '中共北京市朝阳区委宣传部主办', website: 'http://www.chynews.bjchy.gov.cn', serviceStripPages: [1, 2] });
    expect(fresh.format).toMatchObject({ name: '对开', widthMm: 390 });
  });

  it('refuses a save made over someone else’s, and keeps exactly one front-page publication', async () => {
    const { id } = await paper();
    const stale = await getPublicationSettings({ actor: admin, publicationId: id });
    await edit(id, { sponsor: '先保存的主办' });
    const input = updatePublicationSchema.parse({ ...settings({ slug: stale.slug, sponsor: '后保存的主办', serviceStrip: '' as never }), id, version: String(stale.version), serviceStripPages: '1', weekdayPages: {}, publicationDays: ['1'], firstIssueNumber: '1', isDefault: '' });
    await rejectsWith(updatePublication({ actor: admin, input }), 'publicationChanged');
    expect((await getPublicationSettings({ actor: admin, publicationId: id })).sponsor).toBe('先保存的主办');

    const demo = await db.publication.findFirstOrThrow({ where: { isDefault: true }, select: { id: true } });
    await rejectsWith(edit(demo.id, { isDefault: false }), 'defaultPublicationRequired');
    await edit(id, { isDefault: true });
    expect((await db.publication.findMany({ where: { isDefault: true }, select: { id: true } })).map((p) => p.id)).toEqual([id]);
    await edit(demo.id, { isDefault: true });
    expect((await listPublications({ actor: admin })).filter((p) => p.isDefault).map((p) => p.id)).toEqual([demo.id]);
  });

  it('refuses bad, reserved and taken addresses, in the catalog’s words', async () => {
    const issueOf = (slug: string) => publicationSettingsSchema.safeParse({ ...settings({ serviceStrip: '' as never, weekdayPages: {} }), slug, publicationDays: ['1'], serviceStripPages: '1', firstIssueNumber: '1' }).error?.issues[0]?.message;
    expect(issueOf('Newsroom')).toBe('slugReserved');
    expect(issueOf('api')).toBe('slugReserved');
    expect(issueOf('朝阳')).toBe('slugInvalid');
    expect(issueOf('a')).toBe('slugInvalid');
    expect(issueOf('chao--yang')).toBe('slugInvalid');
    expect(issueOf('chaoyang')).toBeUndefined();
    const { slug } = await paper();
    await rejectsWith(createPublication({ actor: admin, input: settings({ slug }) }), 'slugTaken');
    await expect(createPublication({ actor: pageEditor, input: settings() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('takes a PNG nameplate through the media pipeline, refuses SVG, and keeps old issues’ nameplate', async () => {
    const { id } = await paper();
    const before = await make(id, 3384, '2024-03-08');
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await rejectsWith(edit(id, { nameplate: { fileName: 'plate.svg', bytes: svg } }), 'nameplateType');
    const png = await sharp({ create: { width: 900, height: 240, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
    await edit(id, { nameplate: { fileName: 'plate.png', bytes: new Uint8Array(png) } });
    const settingsNow = await getPublicationSettings({ actor: admin, publicationId: id });
    expect(settingsNow.nameplate).toMatchObject({ width: 900, height: 240 });
    const after = await make(id, 3385, '2024-03-11');
    expect((await getIssue({ actor: pageEditor, issueId: after.id })).masthead.nameplate).toMatchObject({ mediaId: settingsNow.nameplate!.id, width: 900 });
    expect((await getIssue({ actor: pageEditor, issueId: before.id })).masthead.nameplate).toBeNull();
    // Visitors may fetch it once an issue printing it is out, not before.
    const fetchAsVisitor = () => getMediaFile({ mediaId: settingsNow.nameplate!.id, fileName: '480.webp', actor: async () => null });
    expect(await fetchAsVisitor()).toBeNull();
    await db.issue.update({ where: { id: after.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    expect((await fetchAsVisitor())?.visibility).toBe('public');
    await edit(id, { removeNameplate: true });
    expect((await getPublicationSettings({ actor: admin, publicationId: id })).nameplate).toBeNull();
  });
});
