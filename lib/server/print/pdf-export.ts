import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { pageNumberLabel } from '@/lib/domain/page-numbering';
import { AppError, notFound } from '@/lib/errors';
import { getIssue } from '../issue/get-issue';
import { jobQueue } from '../jobs/client';
import { QUEUES } from '../jobs/queue-names';
import type { Actor } from '../session';
import { objectStore } from '../storage/object-store';
import { createPrintPass } from './print-token';
import { PdfBusyError, renderPdf } from './render-pdf';

/**
 * PDF export through the job queue (pg-boss queue `pdf-render`): each server
 * renders at most PDF_CONCURRENCY (default 2) at once, whoever asked waits with
 * the job's progress in view, and the result is kept in objectStore('renders')
 * under a key made of everything that decides the output, so asking again for
 * an unchanged page or issue is served from the store and a change (a story
 * edited, a page re-signed, the layout moved) asks for a fresh render.
 */

/** Bump when the print page changes how it draws, so older renders are not served. */
const PRINT_FORMAT = 1;
/** More PDFs waiting than this, across all servers, and a new export is refused (503, try again). */
const MAX_WAITING = Number(process.env.PDF_MAX_WAITING) || 30;

export type PdfRenderJob = { issueId: string; page: number | null; staffId: string; key: string; widthMm: number; heightMm: number };

export type PdfExportStatus =
  | { state: 'queued'; position: number | null }
  | { state: 'rendering' }
  | { state: 'done' }
  | { state: 'failed'; error: string };

/** What decides the PDF's bytes: the issue's layout, state and snapshots, the page's signature, the placed stories' versions. */
async function renderKey(issueId: string, page: number | null): Promise<string> {
  const issue = await db.issue.findUniqueOrThrow({
    where: { id: issueId },
    select: {
      layoutVersion: true,
      updatedAt: true,
      pageFormat: true,
      pages: {
        where: page === null ? {} : { number: page },
        orderBy: { number: 'asc' },
        select: {
          number: true,
          signedAt: true,
          templateId: true,
          slots: { orderBy: { id: 'asc' }, select: { id: true, guidePicks: true, placement: { select: { part: true, article: { select: { id: true, version: true, updatedAt: true } } } } } },
        },
      },
    },
  });
  const digest = createHash('sha256').update(JSON.stringify([PRINT_FORMAT, issue])).digest('hex').slice(0, 32);
  return `${issueId}/${page === null ? 'issue' : `page-${page}`}-${digest}.pdf`;
}

/** The issue and page asked for, after checking the actor reads issues in its paper (403/404 otherwise). */
async function target(actor: Actor, issueId: string, pageNumber: number | null) {
  const issue = await getIssue({ actor, issueId });
  const page = pageNumber === null ? null : issue.pages.find((p) => p.number === pageNumber);
  if (page === undefined) throw notFound();
  const fileName = `${issue.publicationSlug}-${issue.number}${page ? `-${pageNumberLabel(page.number)}` : ''}.pdf`;
  return { issue, page, fileName, key: await renderKey(issueId, page?.number ?? null) };
}

/** A PDF already kept for this page (or issue) as it is now, with the file name to download it as; null when none. */
export async function getKeptPdf({ actor, issueId, page }: { actor: Actor; issueId: string; page: number | null }) {
  const { key, fileName } = await target(actor, issueId, page);
  const pdf = await objectStore('renders').get(key);
  return pdf ? { pdf, fileName } : null;
}

/**
 * Starts the export of an issue (or one page): `done` when a PDF of it as it is
 * now is kept already, otherwise the id of the job rendering it (an export of the
 * same thing already waiting or running is joined, not repeated).
 */
export async function startPdfExport({ actor, issueId, page }: { actor: Actor; issueId: string; page: number | null }): Promise<{ state: 'done' } | { state: 'queued'; jobId: string }> {
  const { issue, key } = await target(actor, issueId, page);
  if (await objectStore('renders').get(key)) return { state: 'done' };
  const boss = await jobQueue();
  const sql = boss.getDb();
  const running = await sql.executeSql(`SELECT id FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry', 'active') LIMIT 1`, [QUEUES.pdfRender, key]);
  if (running.rows[0]) return { state: 'queued', jobId: running.rows[0].id };
  const waiting = await sql.executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry')`, [QUEUES.pdfRender]);
  if (waiting.rows[0].n >= MAX_WAITING) throw new PdfBusyError('queueFull');
  const data: PdfRenderJob = { issueId, page: page ?? null, staffId: actor.id, key, widthMm: issue.format.widthMm, heightMm: issue.format.heightMm };
  const jobId = await boss.send(QUEUES.pdfRender, data, { singletonKey: key });
  if (!jobId) throw new AppError('UNAVAILABLE', 'pdfBusy');
  return { state: 'queued', jobId };
}

/** Where an export stands, for whoever may read its issue: waiting (with its place in line), rendering, done or failed. */
export async function getPdfExportStatus({ actor, issueId, jobId }: { actor: Actor; issueId: string; jobId: string }): Promise<PdfExportStatus> {
  await getIssue({ actor, issueId });
  const boss = await jobQueue();
  const job = await boss.getJobById<PdfRenderJob>(QUEUES.pdfRender, jobId, { includeArchive: true }).catch(() => null);
  if (!job || job.data.issueId !== issueId) throw notFound();
  switch (job.state) {
    case 'created':
    case 'retry': {
      const ahead = await boss
        .getDb()
        .executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active') AND created_on < $2`, [QUEUES.pdfRender, job.createdOn]);
      return { state: 'queued', position: ahead.rows[0].n + 1 };
    }
    case 'active':
      return { state: 'rendering' };
    case 'completed':
      return { state: 'done' };
    default:
      return { state: 'failed', error: errorText(job.output) };
  }
}

function errorText(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String((output as { message: unknown }).message);
  return output ? JSON.stringify(output) : '';
}

/** The render job, on whichever server fetched it: prints the print page from this server's own port, with a pass for whoever asked, and keeps the PDF. */
export async function runPdfRenderJob(job: PdfRenderJob): Promise<{ key: string; bytes: number }> {
  const store = objectStore('renders');
  // Asked for twice before the first was kept: nothing more to do.
  const kept = await store.get(job.key);
  if (kept) return { key: job.key, bytes: kept.length };
  const query = new URLSearchParams({ ...createPrintPass({ staffId: job.staffId, issueId: job.issueId }), ...(job.page !== null ? { page: String(job.page) } : {}) });
  const pdf = await renderPdf({
    url: `http://127.0.0.1:${process.env.PORT ?? '3000'}/print/issues/${job.issueId}?${query}`,
    widthMm: job.widthMm,
    heightMm: job.heightMm,
  });
  await store.put(job.key, new Uint8Array(pdf), 'application/pdf');
  return { key: job.key, bytes: pdf.length };
}

