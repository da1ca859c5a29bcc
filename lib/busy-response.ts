// The answer when the app sheds load: 503 with Retry-After, never cached (no-store,
// so neither the front cache nor a browser keeps it), in the reader's language:
// JSON for the API, a small page for everyone else. Built without next/headers
// so that proxy.ts can send it before any rendering starts.
import { isServiceUnavailable, RETRY_AFTER_SECONDS } from './load-shedding';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n/config';
import zhCN from '@/messages/zh-CN.json';
import en from '@/messages/en.json';

const CATALOGS = { 'zh-CN': zhCN, en } as const;

export const BUSY_HEADERS = {
  'Cache-Control': 'no-store',
  'Retry-After': String(RETRY_AFTER_SECONDS),
} as const;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function busyResponse(options: { json: boolean; locale?: string }): Response {
  const locale: Locale = isLocale(options.locale) ? options.locale : DEFAULT_LOCALE;
  const { title, message } = CATALOGS[locale].busy;
  if (options.json) {
    return Response.json({ error: 'unavailable', message: `${title}：${message}` }, { status: 503, headers: BUSY_HEADERS });
  }
  const page = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.7"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>`;
  return new Response(page, { status: 503, headers: { ...BUSY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } });
}

/**
 * Wraps a route handler so that the data layer's refusal (AppError UNAVAILABLE)
 * is answered with the 503 above instead of a 500.
 */
export function shedsLoad<R extends Request, A extends unknown[]>(handler: (request: R, ...rest: A) => Promise<Response>, options: { json: boolean }) {
  return async (request: R, ...rest: A): Promise<Response> => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      if (isServiceUnavailable(error)) return busyResponse({ json: options.json, locale: localeCookie(request) });
      throw error;
    }
  };
}

function localeCookie(request: Request) {
  return /(?:^|;\s*)locale=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
}
