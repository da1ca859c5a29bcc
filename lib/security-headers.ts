// Security headers for every response. Static ones are next.config.ts
// `headers()` rules (evaluated at build time); the staff pages' Content-Security-Policy
// carries a per-request nonce, so proxy.ts sets it.
//
// Scripts. The reader site's pages are rendered once and cached (ISR, and a cache in
// front of the app): one HTML document is sent to every reader, so it cannot carry a
// per-request nonce, and Next.js writes its flight data as inline <script> tags.
// Reader pages therefore allow 'unsafe-inline' scripts — the only place that does;
// they show no form and hold no session, and story bodies are rendered from a
// schema-checked TipTap document, never from HTML. The newsroom and sign-in are
// rendered per request, so there scripts need the request's nonce ('strict-dynamic'
// lets Next's nonced loader load its chunks), and no inline script runs.
//
// Styles allow 'unsafe-inline' everywhere: React style attributes, the TipTap editor
// and the page miniatures set inline styles, and CSS cannot run code.

/** The first path segments of the staff pages: framed by nobody, scripts by nonce only. */
export const STAFF_PATH_PREFIXES = ['/newsroom', '/login', '/setup'];

export function isStaffPath(pathname: string): boolean {
  return STAFF_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const COMMON_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

// React's development build evaluates code for its debugging aids; production never does.
const devEval = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';

/** The reader site, API and media: cached pages, so no nonce (see above). */
export function readerContentSecurityPolicy(): string {
  return [...COMMON_DIRECTIVES, `script-src 'self' 'unsafe-inline'${devEval}`].join('; ');
}

/**
 * The newsroom and sign-in: scripts by this request's nonce, and never inside a frame
 * (立即发布 could be clickjacked). The editor's socket to the collaboration server
 * (COLLAB_URL, read at run time) is the one connection allowed beyond the site itself.
 */
export function staffContentSecurityPolicy(nonce: string, collabUrl = process.env.COLLAB_URL): string {
  const collabOrigin = collabUrl && URL.canParse(collabUrl) ? ` ${new URL(collabUrl).origin}` : '';
  const directives = COMMON_DIRECTIVES.map((directive) => (directive === "connect-src 'self'" ? `${directive}${collabOrigin}` : directive));
  return [...directives, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`, "frame-ancestors 'none'"].join('; ');
}

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/**
 * next.config.ts `headers()` rules. HSTS only when the site is served over HTTPS
 * (SITE_URL at build time): sent over plain HTTP it would mean nothing, and sent from a
 * development machine it would pin localhost to HTTPS in the browser for a year.
 */
export function securityHeaderRules(siteUrl = process.env.SITE_URL): HeaderRule[] {
  const everywhere = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  ];
  if (siteUrl?.startsWith('https://')) everywhere.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000' });
  const staff = STAFF_PATH_PREFIXES.map((prefix) => prefix.slice(1)).join('|');
  return [
    { source: '/:path*', headers: everywhere },
    // Everything but the staff pages, which get their nonce policy from proxy.ts.
    { source: `/:path((?!(?:${staff})(?:/|$)).*)`, headers: [{ key: 'Content-Security-Policy', value: readerContentSecurityPolicy() }] },
    // Also for browsers that predate frame-ancestors, and should the proxy not run.
    ...STAFF_PATH_PREFIXES.flatMap((prefix) => [prefix, `${prefix}/:path*`]).map((source) => ({ source, headers: [{ key: 'X-Frame-Options', value: 'DENY' }] })),
  ];
}
