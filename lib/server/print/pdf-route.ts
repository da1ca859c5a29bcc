import 'server-only';
import { AppError } from '@/lib/errors';
import { getTranslations } from '@/lib/i18n/server';
import { allowsHere } from '@/lib/permissions';
import { getActor, type Actor } from '../session';
import { PdfBusyError } from './render-pdf';

/**
 * The PDF export routes' common part: the signed-in staff member (401/403
 * otherwise), the `?page=` asked for, and the data layer's refusals as HTTP
 * answers (403 another paper's issue, 404 no such issue or page, 503 too many
 * exports waiting).
 */
export async function pdfRoute(request: Request, work: (actor: Actor, page: number | null) => Promise<Response>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  if (!allowsHere(actor, 'newsroom.enter')) return new Response('Forbidden', { status: 403 });
  const pageParam = new URL(request.url).searchParams.get('page');
  const page = pageParam === null ? null : Number(pageParam);
  if (page !== null && !(Number.isInteger(page) && page > 0)) return new Response('Not found', { status: 404 });
  try {
    return await work(actor, page);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
    if (error instanceof AppError && error.code === 'FORBIDDEN') return new Response('Forbidden', { status: 403 });
    if (error instanceof PdfBusyError || (error instanceof Error && error.name === 'LimiterBusyError')) {
      const t = await getTranslations('errors');
      return new Response(t('pdfBusy'), { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' } });
    }
    throw error;
  }
}
