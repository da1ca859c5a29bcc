import { pageNumberLabel } from '@/lib/domain/page-numbering';
import { AppError } from '@/lib/errors';
import { allowsHere } from '@/lib/permissions';
import { getIssue } from '@/lib/server/issue/get-issue';
import { createPrintPass } from '@/lib/server/print/print-token';
import { getTranslations } from '@/lib/i18n/server';
import { PdfBusyError, renderPdf } from '@/lib/server/print/render-pdf';
import { getActor } from '@/lib/server/session';
import { shedsLoad } from '@/lib/busy-response';

export const dynamic = 'force-dynamic';

/**
 * The print-ready PDF of an issue, or of one page with `?page=N`: staff only,
 * checked here, and the print page checks again as the same person.
 */
async function get(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  if (!allowsHere(actor, 'newsroom.enter')) return new Response('Forbidden', { status: 403 });
  const { id } = await params;
  const pageParam = new URL(request.url).searchParams.get('page');
  let issue;
  try {
    issue = await getIssue({ actor, issueId: id });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
    // Another paper's issue, or no role to read issues on its paper.
    if (error instanceof AppError && error.code === 'FORBIDDEN') return new Response('Forbidden', { status: 403 });
    throw error;
  }
  const page = pageParam === null ? null : issue.pages.find((p) => String(p.number) === pageParam);
  if (page === undefined) return new Response('Not found', { status: 404 });

  const query = new URLSearchParams({ ...createPrintPass({ staffId: actor.id, issueId: id }), ...(page ? { page: String(page.number) } : {}) });
  let pdf: Buffer;
  try {
    pdf = await renderPdf({
      url: `http://127.0.0.1:${process.env.PORT ?? '3000'}/print/issues/${id}?${query}`,
      widthMm: issue.format.widthMm,
      heightMm: issue.format.heightMm,
    });
  } catch (error) {
    if (!(error instanceof PdfBusyError)) throw error;
    const t = await getTranslations('errors');
    return new Response(t('pdfBusy'), {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' },
    });
  }
  const name = `${issue.publicationSlug}-${issue.number}${page ? `-${pageNumberLabel(page.number)}` : ''}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'private, no-store' },
  });
}

export const GET = shedsLoad(get, { json: false });
