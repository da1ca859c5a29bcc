import { searchRoute } from '@/components/reader/reader-routes';
import { registerDirectRoute } from '@/lib/server/direct-routes/direct-route-registry';

export const GET = searchRoute;

// Rendered for each query: its answer depends on the address's parameters.
export const dynamic = 'force-dynamic';

// Most searches are asked once, so no cache holds them: the app server calls this
// handler itself, without Next.js's router (lib/server/direct-routes).
registerDirectRoute({ path: '/:publication/search', handler: searchRoute });
