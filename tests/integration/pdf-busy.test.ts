// The PDF route when the export limiter is full: 503 in Chinese, never cached.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';

let actor: Actor | null = null;
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock('@/lib/server/session', async (importOriginal) => ({ ...(await importOriginal<object>()), getActor: async () => actor }));
vi.mock('@/lib/server/print/render-pdf', async () => {
  const { LimiterBusyError } = await import('@/lib/domain/concurrency-limit');
  return { PdfBusyError: LimiterBusyError, renderPdf: async () => Promise.reject(new LimiterBusyError('queueFull')) };
});
const { GET } = await import('@/app/(newsroom)/newsroom/issues/[id]/pdf/route');

const db = testDb();
afterAll(() => db.$disconnect());
let issueId = '';

beforeAll(async () => {
  actor = await actorFor('pageEditor');
  issueId = (await db.issue.findFirstOrThrow({ select: { id: true } })).id;
});

describe('GET /newsroom/issues/[id]/pdf when too many exports are running', () => {
  it('answers 503 with a Chinese message and no-store', async () => {
    const response = await GET(new Request(`http://127.0.0.1/newsroom/issues/${issueId}/pdf`), { params: Promise.resolve({ id: issueId }) });
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.text()).toBe('正在生成的 PDF 太多，服务器忙不过来。请等半分钟再试。');
  });
});
