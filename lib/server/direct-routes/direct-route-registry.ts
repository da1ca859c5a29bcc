// Route handlers the app server (scripts/app-server.ts) may call itself, without
// Next.js's router in between. A route file registers its GET here when Next.js
// loads it; until then (a process's first request for it) Next.js answers.
//
// Why: every request through Next.js costs about 1.3 ms of CPU before the route's
// own code runs (routing, request objects, web streams). For a reader's search that
// no cache holds, that was half of the app's share of the cost, and searches nobody
// asked before are most of them. README, "The app server", has the figures.
//
// The registry lives on globalThis: the route registers from Next.js's server bundle
// and the app server reads from its own copy of this module.
import { APP_TOP_LEVEL_SEGMENTS } from '@/lib/reader-cache';

export type DirectRouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type DirectRoute = {
  /** The route's address with `:name` for a dynamic segment, as its folder under app/ says (`/:publication/search`). */
  path: string;
  handler: DirectRouteHandler;
};

export type DirectRouteMatch = { route: DirectRoute; params: Record<string, string>; pathname: string };

const REGISTRY = Symbol.for('masthead.directRoutes');

function registry(): Map<string, DirectRoute> {
  const holder = globalThis as { [REGISTRY]?: Map<string, DirectRoute> };
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/** `handler` gets the parameters `path` names, decoded (Next.js's route handler signature). */
export function registerDirectRoute<P extends Record<string, string>>(route: { path: string; handler: (request: Request, context: { params: Promise<P> }) => Promise<Response> }): void {
  registry().set(route.path, route as DirectRoute);
}

/** Forgets every route (for tests). */
export function clearDirectRoutes(): void {
  registry().clear();
}

/**
 * The registered route answering `pathname`, with its parameters decoded as Next.js
 * decodes them; null when none does, or the address is one Next.js must judge
 * (a segment that does not decode, an address of the app's own top-level folders,
 * which Next.js prefers to a dynamic segment).
 */
export function findDirectRoute(pathname: string): DirectRouteMatch | null {
  const segments = pathname.split('/').slice(1);
  if (APP_TOP_LEVEL_SEGMENTS.includes(segments[0] ?? '')) return null;
  for (const route of registry().values()) {
    const pattern = route.path.split('/').slice(1);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      if (!part.startsWith(':')) return part === segments[index];
      const value = decodeSegment(segments[index]);
      if (!value) return false;
      params[part.slice(1)] = value;
      return true;
    });
    if (matches) return { route, params, pathname };
  }
  return null;
}

function decodeSegment(segment: string): string | null {
  try {
    return segment ? decodeURIComponent(segment) : null;
  } catch {
    return null;
  }
}
