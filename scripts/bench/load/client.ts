// Talking to Masthead as its users do: next-auth sign-in (CSRF token, then the
// credentials callback) and server actions called the way React calls them from
// the browser (POST with a Next-Action header and the arguments encoded as
// React's encodeReply encodes a FormData argument).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Reply = { status: number; body: string; headers: Headers; ms: number };

export async function timedFetch(url: string, init: RequestInit = {}): Promise<Reply> {
  const started = performance.now();
  const response = await fetch(url, { redirect: 'manual', ...init });
  const body = await response.text();
  return { status: response.status, body, headers: response.headers, ms: performance.now() - started };
}

/** Cookie pairs from Set-Cookie headers, merged over `jar`. */
function mergeCookies(jar: Map<string, string>, headers: Headers) {
  for (const line of headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at).trim(), pair.slice(at + 1));
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** Signs in with the credentials provider and returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  mergeCookies(jar, csrf.headers);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(jar), Origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/newsroom` }),
  });
  mergeCookies(jar, response.headers);
  if (![...jar.keys()].some((name) => name.endsWith('session-token'))) {
    throw new Error(`sign-in as ${email} failed (HTTP ${response.status}, ${response.headers.get('location')})`);
  }
  return cookieHeader(jar);
}

/** The ids `next build` gave the server actions, by exported name (from the build's manifest). */
export function serverActionIds(nextDir: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(nextDir, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName) ids.set(entry.exportedName, id);
  }
  return ids;
}

/** Calls a server action with `args`, where a FormData argument travels as React sends it. */
export function callAction(options: { base: string; pagePath: string; actionId: string; cookie: string; args: unknown[] }): Promise<Reply> {
  const body = new FormData();
  let part = 1;
  const encoded = options.args.map((arg) => {
    if (!(arg instanceof FormData)) return arg;
    const prefix = `_${part}_`; // React 19.3: `${formFieldPrefix}_${id}_`, with no formFieldPrefix
    for (const [key, value] of arg.entries()) body.append(prefix + key, value);
    return `$K${(part++).toString(16)}`;
  });
  body.set('0', JSON.stringify(encoded));
  return timedFetch(options.base + options.pagePath, {
    method: 'POST',
    headers: { 'Next-Action': options.actionId, Accept: 'text/x-component', Cookie: options.cookie, Origin: options.base },
    body,
  });
}

/** The object an action returned, from its RSC reply (the line that carries it). */
export function actionResult(body: string): Record<string, unknown> | null {
  for (const line of body.split('\n')) {
    const json = line.slice(line.indexOf(':') + 1);
    if (!json.startsWith('{')) continue;
    try {
      const value = JSON.parse(json) as Record<string, unknown>;
      if (typeof value.status === 'string') return value;
    } catch {
      // not the line we want
    }
  }
  return null;
}
