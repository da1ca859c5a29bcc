// Answers a request with a registered route handler (direct-route-registry.ts) the
// way Next.js would: the same Request in, the route's Response out with the
// headers next.config.ts gives the address, compressed as Next.js compresses (the
// `compression` middleware with its defaults, of the 1.7 line Next.js bundles:
// gzip or deflate; 1.8 would answer brotli where Next.js answers gzip).
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';
import type { DirectRouteMatch } from './direct-route-registry';

type ManifestHeaderRule = { regex: string; headers: { key: string; value: string }[]; has?: unknown[]; missing?: unknown[] };
type HeaderRule = { pattern: RegExp; headers: { key: string; value: string }[]; conditional: boolean };

/**
 * next.config.ts `headers()` as the build compiled them (`.next/routes-manifest.json`):
 * Next.js applies the same rules, matched without regard to case unless
 * `caseSensitiveRoutes` is set. Null without a build.
 */
export function readHeaderRules(manifestPath: string): HeaderRule[] | null {
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { headers?: ManifestHeaderRule[]; caseSensitive?: boolean };
  return (manifest.headers ?? []).map((rule) => ({
    pattern: new RegExp(rule.regex, manifest.caseSensitive ? '' : 'i'),
    headers: rule.headers,
    conditional: Boolean(rule.has?.length || rule.missing?.length),
  }));
}

/**
 * The headers the rules give `pathname`, a later rule's value replacing an earlier
 * one's, as in Next.js. Null when a matching rule depends on the request (`has`,
 * `missing`): Next.js then answers.
 */
export function configHeadersFor(rules: HeaderRule[], pathname: string): Map<string, { key: string; value: string }> | null {
  const headers = new Map<string, { key: string; value: string }>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    if (rule.conditional) return null;
    for (const header of rule.headers) headers.set(header.key.toLowerCase(), header);
  }
  return headers;
}

type Fallback = (request: IncomingMessage, response: ServerResponse) => Promise<unknown> | unknown;

export function createDirectRouteServer(rules: HeaderRule[]) {
  const compress = compression();
  return async function serveDirectRoute(request: IncomingMessage, response: ServerResponse, match: DirectRouteMatch, fallback: Fallback): Promise<unknown> {
    const configHeaders = configHeadersFor(rules, match.pathname);
    const url = requestUrl(request);
    const headers = requestHeaders(request);
    if (!configHeaders || !url || !headers || (request.method !== 'GET' && request.method !== 'HEAD')) return fallback(request, response);

    const answer = await match.route.handler(new Request(url, { method: request.method, headers }), { params: Promise.resolve(match.params) });
    const body = request.method === 'HEAD' ? null : Buffer.from(await answer.arrayBuffer());

    response.statusCode = answer.status;
    answer.headers.forEach((value, key) => key !== 'set-cookie' && response.setHeader(key, value));
    const cookies = answer.headers.getSetCookie();
    if (cookies.length) response.setHeader('set-cookie', cookies);
    // next.config.ts's rules win over the route's own, as they do in Next.js.
    for (const { key, value } of configHeaders.values()) response.setHeader(key, value);
    if (body) response.setHeader('content-length', body.length);
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => undefined);
    response.end(body ?? undefined);
  };
}

/** The request's address (its Host is the origin, as in Next.js); null if it makes none. */
function requestUrl(request: IncomingMessage): URL | null {
  const path = request.url ?? '/';
  for (const origin of [`http://${request.headers.host ?? 'localhost'}`, 'http://localhost']) {
    if (URL.canParse(path, origin)) return new URL(path, origin);
  }
  return null;
}

/** The request's headers as a Request takes them; null for one it refuses (Next.js then judges the request). */
function requestHeaders(request: IncomingMessage): Headers | null {
  const headers = new Headers();
  try {
    for (let i = 0; i < request.rawHeaders.length; i += 2) headers.append(request.rawHeaders[i], request.rawHeaders[i + 1]);
  } catch {
    return null;
  }
  return headers;
}
