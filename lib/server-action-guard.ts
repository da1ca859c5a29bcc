// Server actions Next.js would refuse with a 500. Next 16 compares a server
// action's Origin with its Host (or X-Forwarded-Host, or serverActions.allowedOrigins)
// and aborts a mismatch as "Invalid Server Actions request" with status 500; a body
// over serverActions.bodySizeLimit fails while being read, also as an error. Both
// are the client's fault, so proxy.ts answers them first, with 403 and 413, in plain
// text (Next's client shows a plain-text error body as the action's error message).
// A body sent without Content-Length (chunked) is still measured by Next itself;
// browsers always send the length for forms and fetch.
import zhCN from '@/messages/zh-CN.json';
import en from '@/messages/en.json';
import { LOCALE_COOKIE } from '@/lib/i18n/config';
import { isCrossOrigin } from './same-origin';
import { SERVER_ACTION_BODY_LIMIT_MB } from './server-action-limit';

const LIMIT_BYTES = SERVER_ACTION_BODY_LIMIT_MB * 1024 * 1024;

type ActionRequest = { method: string; headers: Headers; cookies: { get(name: string): { value: string } | undefined } };

export function isServerAction(request: ActionRequest): boolean {
  return request.method === 'POST' && request.headers.has('next-action');
}

/** The refusal for a server action from a foreign page or with an oversize body, or null to let it through. */
export function refuseServerAction(request: ActionRequest): Response | null {
  if (!isServerAction(request)) return null;
  // The proxy cannot use the server translator (no request scope yet): the catalogs directly.
  const messages = request.cookies.get(LOCALE_COOKIE)?.value === 'en' ? en : zhCN;
  const refuse = (status: number, text: string) =>
    new Response(text, { status, headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' } });
  if (isCrossOrigin(request.headers)) return refuse(403, messages.errors.crossOrigin);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > LIMIT_BYTES) return refuse(413, messages.errors.actionBodyTooLarge.replace('{max}', String(SERVER_ACTION_BODY_LIMIT_MB)));
  return null;
}
