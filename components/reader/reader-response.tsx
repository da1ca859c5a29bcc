import 'server-only';
import type { ReactNode } from 'react';
import { shedsLoad } from '@/lib/busy-response';
import { isServiceUnavailable } from '@/lib/load-shedding';
import { READER_PAGE_CACHE_CONTROL } from '@/lib/reader-cache';
import { renderDocument } from '@/components/reader/html/render-html';
import { readerStylesheets } from '@/components/reader/html/stylesheets';
import { ReaderDocument, type ReaderHead } from '@/components/reader/reader-document';
import { readerTranslations } from '@/components/reader/reader-i18n';

const HTML = 'text/html; charset=utf-8';

/** A reader document as a response: the public page cache's rule unless said otherwise. */
export async function readerHtml(request: Request, head: ReaderHead, content: ReactNode, init: { status?: number; cacheControl?: string } = {}): Promise<Response> {
  const stylesheets = await readerStylesheets(request.url);
  const html = renderDocument(
    <ReaderDocument head={head} stylesheets={stylesheets}>
      {content}
    </ReaderDocument>,
  );
  return new Response(html, { status: init.status ?? 200, headers: { 'Content-Type': HTML, 'Cache-Control': init.cacheControl ?? READER_PAGE_CACHE_CONTROL } });
}

function Notice({ title, message }: { title: string; message: string }) {
  const t = readerTranslations('errors');
  return (
    <div className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-neutral-700">{message}</p>
      <a href="/" className="mt-4 inline-block text-blue-700 underline">
        {t('backToFrontPage')}
      </a>
    </div>
  );
}

/**
 * A missing (or not yet published) publication, issue, page or story. Cached like
 * the pages: a publication revalidates every reader address (app/api/internal/revalidate).
 */
export function readerNotFound(request: Request): Promise<Response> {
  const t = readerTranslations('errors');
  return readerHtml(request, { title: t('pageNotFoundTitle'), noindex: true }, <Notice title={t('pageNotFoundTitle')} message={t('pageNotFound')} />, { status: 404 });
}

/** A page that failed: said in Chinese, never kept by a cache (lib/no-store-server-errors.ts makes sure). */
function readerServerError(): Response {
  const t = readerTranslations('errors');
  // Without stylesheets or anything else that could fail in turn.
  const html = renderDocument(
    <ReaderDocument head={{ title: t('pageErrorTitle'), noindex: true }} stylesheets={[]}>
      <Notice title={t('pageErrorTitle')} message={t('pageError')} />
    </ReaderDocument>,
  );
  return new Response(html, { status: 500, headers: { 'Content-Type': HTML, 'Cache-Control': 'no-store' } });
}

/**
 * A reader route's GET: a busy database answers 503 (lib/busy-response.ts), any
 * other failure the reader's own error page with a 500.
 */
export function readerRoute<P>(handler: (request: Request, params: P) => Promise<Response>) {
  return shedsLoad(async (request: Request, context: { params: Promise<P> }) => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      if (isServiceUnavailable(error)) throw error;
      console.error('Reader page failed', request.url, error);
      return readerServerError();
    }
  }, { json: false });
}
