// Is a state-changing request from a page of this site? A browser names the page's
// origin in `Origin` on every cross-origin POST (and `Sec-Fetch-Site` says
// `cross-site`), so a foreign page using a staff member's cookie is recognised here.
// A request without either header comes from no browser page (curl, a test), and
// carries no cookie a browser was tricked into sending. Used by proxy.ts for server
// actions and by the upload route; no `server-only`, the proxy imports it.

/** The hosts (host[:port]) this site answers as: the request's own, and SITE_URL's. */
function ownHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  const host = headers.get('host');
  if (host) hosts.add(host.toLowerCase());
  // Behind a proxy that rewrites Host, it names the original one here.
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  if (forwarded) hosts.add(forwarded.toLowerCase());
  if (process.env.SITE_URL) {
    try {
      hosts.add(new URL(process.env.SITE_URL).host.toLowerCase());
    } catch {
      // A malformed SITE_URL names no host.
    }
  }
  return hosts;
}

export function isCrossOrigin(headers: Headers): boolean {
  if (headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  // `Origin: null` comes from sandboxed frames, data: URLs and file pages: never ours.
  if (origin === 'null') return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  return !ownHosts(headers).has(originHost);
}
