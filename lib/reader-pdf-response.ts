import 'server-only';
import { READER_LOCALE, readerTranslations } from '@/components/reader/reader-i18n';
import { attachmentDisposition } from '@/lib/domain/content-disposition';
import { escapeHtml } from '@/lib/domain/html-escape';
import { isPublicationSlug, parsePositiveInt } from '@/lib/reader-paths';
import { getReaderPdf, type ReaderPdf } from '@/lib/server/reader/reader-pdf';

// How the readers' PDF routes answer (app/(public)/[publication]/[issue]/pdf and
// …/[page]/pdf). A kept PDF is public and may be kept by a cache in front of the
// app for a minute (then revalidated with its ETag: a 304 costs no bytes); a
// correction makes a new key and so a new ETag. Everything else is no-store.

export const READER_PDF_CACHE_CONTROL = 'public, max-age=60, s-maxage=60, stale-while-revalidate=600';
/** How soon a reader is asked to come back while the PDF is rendered (a page takes a few seconds). */
export const READER_PDF_RETRY_SECONDS = 5;

type Segments = { publication: string; issue: string; page?: string };

/** The answer to a reader's GET of a page's PDF (`page` given) or the whole issue's. */
export async function readerPdfResponse(request: Request, segments: Segments): Promise<Response> {
  const issueNumber = parsePositiveInt(segments.issue, 9_999_999);
  const page = segments.page === undefined ? null : parsePositiveInt(segments.page, 99);
  if (!issueNumber || (segments.page !== undefined && page === null) || !isPublicationSlug(segments.publication)) return notFoundResponse(segments.publication);
  const answer = await getReaderPdf({ publicationSlug: segments.publication, issueNumber, page });
  if (answer.state === 'notFound') return notFoundResponse(segments.publication);
  if (answer.state !== 'kept') return pendingResponse(answer.state);
  const validators = { ETag: answer.etag, 'Last-Modified': answer.lastModified.toUTCString(), 'Cache-Control': READER_PDF_CACHE_CONTROL };
  if (notModified(request, answer)) return new Response(null, { status: 304, headers: validators });
  return new Response(new Uint8Array(answer.pdf), {
    headers: {
      ...validators,
      'Content-Type': 'application/pdf',
      'Content-Length': String(answer.pdf.length),
      'Content-Disposition': attachmentDisposition(answer),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function notModified(request: Request, pdf: ReaderPdf): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === pdf.etag || tag.trim() === '*');
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  return Number.isFinite(since) && pdf.lastModified.getTime() <= since;
}

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="${READER_LOCALE}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">${head}<title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.7"><main>${body}</main></body></html>`;
}

/**
 * 503 while the PDF is rendered: the page reloads itself, and the download starts
 * when it is kept. When too many wait, or its render failed, a page to come back
 * to in a minute, which does not reload itself.
 */
function pendingResponse(state: 'rendering' | 'busy' | 'failed'): Response {
  const t = readerTranslations('reader');
  const retry = state === 'rendering' ? READER_PDF_RETRY_SECONDS : 60;
  const title = state === 'failed' ? t('pdfFailedTitle') : t('pdfRenderingTitle');
  const message = { rendering: t('pdfRendering'), busy: t('pdfBusy'), failed: t('pdfFailed') }[state];
  const html = page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`, state === 'rendering' ? `<meta http-equiv="refresh" content="${retry}">` : '');
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(retry) } });
}

function notFoundResponse(slug: string): Response {
  const t = readerTranslations('reader');
  const home = isPublicationSlug(slug) ? `/${slug}` : '/';
  const html = page(t('pdfNotFoundTitle'), `<h1>${escapeHtml(t('pdfNotFoundTitle'))}</h1><p>${escapeHtml(t('pdfNotFound'))}</p><p><a href="${escapeHtml(home)}">${escapeHtml(t('backToPaper'))}</a></p>`);
  return new Response(html, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
