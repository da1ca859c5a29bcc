// The desk's filters and search on a real database: Chinese substrings, LIKE
// wildcards taken literally, Beijing days, and paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs, bodyPlainText } from '@/lib/tiptap/body';
import { parseDeskFilters } from '@/lib/schemas/desk-filters';
import { searchDeskArticles } from '@/lib/server/article/search-desk-articles';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';

// One client for the file, closed at the end: every open pool holds connections to the shared test database.
const db = testDb();
afterAll(() => db.$disconnect());

let reporter: Actor, reporter2: Actor, editor: Actor;

const search = (params: Record<string, string>) => searchDeskArticles({ actor: editor, filters: parseDeskFilters(params).filters });

async function story(options: { headline: string; body?: string; authorId: string; columnLabel?: string; status?: 'DRAFT' | 'FILED' | 'EDITED'; updatedAt?: Date }) {
  const body = bodyFromParagraphs([options.body ?? '普通正文。']);
  return db.article.create({
    data: {
      headline: options.headline,
      body,
      bodyText: bodyPlainText(body),
      authorId: options.authorId,
      publicationId: editor.publicationId!,
      columnLabel: options.columnLabel ?? null,
      status: options.status ?? 'FILED',
      updatedAt: options.updatedAt,
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  [reporter, reporter2, editor] = await Promise.all((['reporter', 'reporter2', 'editor'] as const).map((key) => actorFor(key)));
});

describe('desk search', () => {
  it('finds a two-character Chinese word inside the body text or the headline', async () => {
    const inBody = await story({ headline: '社区新闻一则', body: '老街的榫卯工艺馆今天开馆。', authorId: reporter.id });
    const inHeadline = await story({ headline: '榫卯匠人的一天', authorId: reporter.id });
    await story({ headline: '榫卯草稿', status: 'DRAFT', authorId: reporter.id });
    const found = await search({ q: '榫卯' });
    expect(found.articles.map((a) => a.id).sort()).toEqual([inBody.id, inHeadline.id].sort());
    expect(found.total).toBe(2);
  });

  it('refuses a query with NUL or over 100 characters with a reason, and never fails in PostgreSQL', async () => {
    for (const q of ['电\u0000梯', '\u0000', '字'.repeat(101)]) {
      const parsed = parseDeskFilters({ q });
      expect(parsed.invalid.map((entry) => entry.field), JSON.stringify(q)).toEqual(['q']);
      expect(parsed.typedQuery).toBe(q);
    }
    expect(parseDeskFilters({ q: '电\u0000梯' }).invalid[0].message).toBe('searchInvalidCharacters');
    expect(parseDeskFilters({ q: '字'.repeat(101) }).invalid[0].message).toBe('searchTooLong');
    // Another caller handing the data layer a NUL: no 500.
    await expect(searchDeskArticles({ actor: editor, filters: { ...parseDeskFilters({}).filters, q: '电\u0000梯' } })).resolves.toMatchObject({ total: expect.any(Number) });
  });

  it('takes % and _ literally', async () => {
    const percent = await story({ headline: '增长 37% 的秘密', authorId: reporter.id });
    await story({ headline: '增长 370 的秘密', authorId: reporter.id });
    expect((await search({ q: '37%' })).articles.map((a) => a.id)).toEqual([percent.id]);
    expect((await search({ q: '增长_3' })).total).toBe(0);
  });

  it('filters by state, author, 栏目 and Beijing days', async () => {
    const label = `筛选测试${Date.now()}`;
    const early = await story({ headline: '凌晨稿', authorId: reporter.id, columnLabel: label, updatedAt: new Date('2020-03-01T16:30:00Z') });
    const other = await story({ headline: '别人的稿', authorId: reporter2.id, columnLabel: label, status: 'EDITED', updatedAt: new Date('2020-03-02T15:59:00Z') });
    // 2020-03-02 00:30 and 23:59 in Beijing: both on 3月2日 there, though not in UTC.
    expect((await search({ column: label, from: '2020-03-02', to: '2020-03-02' })).articles.map((a) => a.id).sort()).toEqual([early.id, other.id].sort());
    expect((await search({ column: label, from: '2020-03-03' })).total).toBe(0);
    expect((await search({ column: label, to: '2020-03-01' })).total).toBe(0);
    expect((await search({ column: label, status: 'EDITED' })).articles.map((a) => a.id)).toEqual([other.id]);
    expect((await search({ column: label, author: reporter.id })).articles.map((a) => a.id)).toEqual([early.id]);
  });

  it('pages through results 50 at a time, newest first', async () => {
    const label = `分页测试${Date.now()}`;
    const base = Date.UTC(2021, 0, 1);
    await db.article.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        headline: `分页稿件 ${i}`,
        body: bodyFromParagraphs(['分页']),
        authorId: reporter.id,
        publicationId: editor.publicationId!,
        columnLabel: label,
        status: 'FILED' as const,
        updatedAt: new Date(base + i * 60_000),
      })),
    });
    const first = await search({ column: label });
    expect(first).toMatchObject({ total: 55, page: 1, pages: 2 });
    expect(first.articles).toHaveLength(50);
    expect(first.articles[0].headline).toBe('分页稿件 54');
    const second = await search({ column: label, page: '2' });
    expect(second.articles.map((a) => a.headline)).toEqual(['分页稿件 4', '分页稿件 3', '分页稿件 2', '分页稿件 1', '分页稿件 0']);
    // A page past the end shows the last page rather than nothing.
    expect((await search({ column: label, page: '9' })).page).toBe(2);
  });

  it('is for the desk only', async () => {
    await expect(searchDeskArticles({ actor: reporter, filters: parseDeskFilters({}).filters })).rejects.toSatisfy((e) => e instanceof AppError && e.messageKey === 'forbidden');
  });
});
