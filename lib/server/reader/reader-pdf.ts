import 'server-only';
import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { db } from '@/lib/db';
import { pageNumberLabel } from '@/lib/domain/page-numbering';
import type { IssueView } from '../issue/issue-view';
import { jobQueue } from '../jobs/client';
import { QUEUES } from '../jobs/queue-names';
import { createReaderPrintPass } from '../print/print-token';
import { renderPdf } from '../print/render-pdf';
import { objectStore } from '../storage/object-store';
import { getPublishedIssue } from './published-issues';
import { visibleIssueCondition } from './published-scope';

/**
 * The readers' PDFs: one per page of a published issue and one of the whole
 * issue. Readers never cause a render: a PDF is rendered once by the
 * `pdf-render` queue (asked for when the issue is published or a story in it
 * corrected, or by the first reader to ask), kept in objectStore('renders')
 * under a key hashed from everything the print page draws, and served from
 * there to everyone after. A reader who comes before it is kept is told to
 * come back in a few seconds (the route answers 503 with Retry-After).
 */

/** Bump when the reader print page changes how it draws, so older renders are not served. */
const READER_PRINT_FORMAT = 1;
/**
 * With this many PDFs waiting across all servers, readers enqueue nothing more (a
 * crawler walking the archive): half of PDF_MAX_WAITING, so the newsroom's exports,
 * refused beyond the whole of it, always have room.
 */
const READERS_MAX_WAITING = Math.floor((Number(process.env.PDF_MAX_WAITING) || 30) / 2);

export type ReaderPdfRenderJob = {
  kind: 'reader';
  issueId: string;
  publicationSlug: string;
  issueNumber: number;
  page: number | null;
  key: string;
  /** The issue's digest the key was made from: the print page draws nothing else. */
  digest: string;
  widthMm: number;
  heightMm: number;
};

export type ReaderPdf = {
  issueId: string;
  digest: string;
  page: number | null;
  key: string;
  /** `望河报-第1234期-第02版.pdf`; `asciiFileName` is the same without the paper's name, for old clients. */
  fileName: string;
  asciiFileName: string;
  etag: string;
  lastModified: Date;
};

export type ReaderPdfAnswer =
  | { state: 'notFound' }
  | ({ state: 'kept'; pdf: Buffer } & ReaderPdf)
  | ({ state: 'rendering' } & ReaderPdf)
  | ({ state: 'busy' } & ReaderPdf)
  | ({ state: 'failed' } & ReaderPdf);

/**
 * The digest of an issue as readers see it. It covers the whole issue even for
 * one page's PDF: a page also prints other pages' numbers and headlines (jump
 * lines, the 导读 box), so a correction anywhere in the issue renders every page again.
 */
export function readerIssueDigest(issue: IssueView): string {
  // Workflow fields are not drawn: the job marking a scheduled issue published must not make every PDF of it new.
  const { status: _status, publishedAt: _publishedAt, publishAt: _publishAt, signedOffAt: _signedOffAt, sentBackAt: _sentBackAt, sentBackReason: _sentBackReason, ...drawn } = issue;
  return createHash('sha256').update(JSON.stringify([READER_PRINT_FORMAT, drawn])).digest('hex').slice(0, 32);
}

function describe(issue: IssueView, publicationName: string, page: number | null): ReaderPdf {
  const digest = readerIssueDigest(issue);
  const which = page === null ? 'issue' : `page-${pageNumberLabel(page)}`;
  // The newest thing readers can see changed: the publication or the latest correction.
  const times = [issue.publishedAt, ...issue.pages.flatMap((p) => p.slots.flatMap((s) => s.placement?.article.corrections.map((c) => c.createdAt) ?? []))];
  const lastModified = new Date(Math.max(...times.filter((t): t is Date => t instanceof Date).map((t) => t.getTime()), 0));
  lastModified.setMilliseconds(0);
  return {
    issueId: issue.id,
    digest,
    page,
    key: `${issue.id}/reader-${which}-${digest}.pdf`,
    fileName: `${publicationName}-第${issue.number}期${page === null ? '' : `-第${pageNumberLabel(page)}版`}.pdf`,
    asciiFileName: `${issue.publicationSlug}-${issue.number}${page === null ? '' : `-${pageNumberLabel(page)}`}.pdf`,
    etag: `"${digest}-${which}"`,
    lastModified,
  };
}

/** A published issue (and page) as readers may see it, with its PDF's key; null when readers may not see it. */
async function findTarget(publicationSlug: string, issueNumber: number, page: number | null) {
  const [issue, publication] = await Promise.all([
    getPublishedIssue({ publicationSlug, number: issueNumber }),
    db.publication.findUnique({ where: { slug: publicationSlug }, select: { name: true } }),
  ]);
  if (!issue || !publication) return null;
  if (page !== null && !issue.pages.some((p) => p.number === page)) return null;
  return { issue, publicationName: publication.name, pdf: describe(issue, publication.name, page) };
}

function jobOf(issue: IssueView, pdf: ReaderPdf): ReaderPdfRenderJob {
  return {
    kind: 'reader',
    issueId: issue.id,
    publicationSlug: issue.publicationSlug,
    issueNumber: issue.number,
    page: pdf.page,
    key: pdf.key,
    digest: pdf.digest,
    widthMm: issue.format.widthMm,
    heightMm: issue.format.heightMm,
  };
}

/** One render job per PDF key per this many seconds, across all servers (pg-boss throttling). */
const RENDER_SLOT_SECONDS = 60;

/**
 * Enqueues the render of one reader PDF unless it is waiting or running already.
 * The queue's policy is `standard`, where a singletonKey alone dedupes nothing;
 * with `singletonSeconds` pg-boss keeps one job per key and minute (a unique
 * index), so readers asking at once on any number of servers make one job,
 * and a PDF whose render keeps failing is tried at most once a minute. The
 * check first covers a job still running past its minute. `busy` when too many
 * PDFs wait; `failed` when this minute's render failed for good (tried again the next minute).
 */
async function enqueue(boss: PgBoss, job: ReaderPdfRenderJob, { capped }: { capped: boolean }): Promise<'queued' | 'busy' | 'failed'> {
  const sql = boss.getDb();
  const running = await sql.executeSql(`SELECT 1 FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry', 'active') LIMIT 1`, [QUEUES.pdfRender, job.key]);
  if (running.rows.length) return 'queued';
  if (capped) {
    const waiting = await sql.executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry')`, [QUEUES.pdfRender]);
    if (waiting.rows[0].n >= READERS_MAX_WAITING) return 'busy';
  }
  if (await boss.send(QUEUES.pdfRender, job, { singletonKey: job.key, singletonSeconds: RENDER_SLOT_SECONDS })) return 'queued';
  // This minute's job exists: enqueued by another request a moment ago, or done with — failed, or kept since.
  const latest = await sql.executeSql(`SELECT state FROM pgboss.job WHERE name = $1 AND singleton_key = $2 ORDER BY created_on DESC LIMIT 1`, [QUEUES.pdfRender, job.key]);
  return latest.rows[0]?.state === 'failed' ? 'failed' : 'queued';
}

/**
 * A reader's request for a page's PDF (`page` a number) or the whole issue's
 * (`page` null): the kept PDF when there is one; otherwise its render is
 * enqueued (once, whoever else asks) and the answer says it is being made, that
 * too many are waiting, or that its render failed this minute. notFound for anything readers may not see.
 */
export async function getReaderPdf({ publicationSlug, issueNumber, page }: { publicationSlug: string; issueNumber: number; page: number | null }): Promise<ReaderPdfAnswer> {
  const target = await findTarget(publicationSlug, issueNumber, page);
  if (!target) return { state: 'notFound' };
  const kept = await objectStore('renders').get(target.pdf.key);
  if (kept) return { state: 'kept', pdf: kept, ...target.pdf };
  const queued = await enqueue(await jobQueue(), jobOf(target.issue, target.pdf), { capped: true });
  return { state: queued === 'queued' ? 'rendering' : queued, ...target.pdf };
}

/**
 * Asks for every page's PDF and the whole issue's of an issue readers see, so
 * they are kept before readers ask: after publication and after a correction.
 * Nothing for an issue readers may not see. Never throws: the readers' first
 * request asks again. Returns how many renders were enqueued or already waiting.
 */
export async function requestReaderPdfs({ issueId }: { issueId: string }, boss?: PgBoss): Promise<number> {
  try {
    const row = await db.issue.findFirst({ where: { id: issueId, ...visibleIssueCondition() }, select: { number: true, publication: { select: { slug: true } } } });
    if (!row) return 0;
    const target = await findTarget(row.publication.slug, row.number, null);
    if (!target) return 0;
    const queue = boss ?? (await jobQueue());
    const store = objectStore('renders');
    const wanted = [null, ...target.issue.pages.map((p) => p.number)].map((page) => describe(target.issue, target.publicationName, page));
    let count = 0;
    for (const pdf of wanted) {
      if (await store.get(pdf.key)) continue;
      // Not capped: one issue's pages, asked for by the newsroom, not by a crawler.
      if ((await enqueue(queue, jobOf(target.issue, pdf), { capped: false })) === 'queued') count++;
    }
    return count;
  } catch (error) {
    console.error(`[jobs] could not ask for the reader PDFs of issue ${issueId}; the first reader will`, error);
    return 0;
  }
}

/** The same for every issue readers see that a (corrected) story is placed in. */
export async function requestReaderPdfsOfArticle({ articleId }: { articleId: string }): Promise<number> {
  try {
    const issues = await db.issue.findMany({
      where: { ...visibleIssueCondition(), pages: { some: { slots: { some: { placement: { articleId } } } } } },
      select: { id: true },
    });
    let count = 0;
    for (const issue of issues) count += await requestReaderPdfs({ issueId: issue.id });
    return count;
  } catch (error) {
    console.error(`[jobs] could not ask for the reader PDFs of story ${articleId}; the first reader will`, error);
    return 0;
  }
}

/**
 * The render job, on whichever server fetched it: prints the reader print page
 * from this server's own port and keeps the PDF. Safe to run twice (the same key
 * is written); a job for an issue that changed or was taken back since writes
 * nothing readers will be served, as their key is computed afresh each time.
 */
export async function runReaderPdfRenderJob(job: ReaderPdfRenderJob): Promise<{ key: string; bytes: number }> {
  const store = objectStore('renders');
  const kept = await store.get(job.key);
  if (kept) return { key: job.key, bytes: kept.length };
  // The print page draws the issue only if it is still what the key was made from.
  const query = new URLSearchParams({ ...createReaderPrintPass({ issueId: job.issueId }), digest: job.digest, ...(job.page !== null ? { page: String(job.page) } : {}) });
  const pdf = await renderPdf({
    url: `http://127.0.0.1:${process.env.PORT ?? '3000'}/print/reader/${job.publicationSlug}/${job.issueNumber}?${query}`,
    widthMm: job.widthMm,
    heightMm: job.heightMm,
  });
  await store.put(job.key, new Uint8Array(pdf), 'application/pdf');
  return { key: job.key, bytes: pdf.length };
}

export function isReaderPdfRenderJob(data: unknown): data is ReaderPdfRenderJob {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'reader';
}
