import { issuePageRoute } from '@/components/reader/reader-routes';

export const GET = issuePageRoute;

// Rendered for every request (a few milliseconds: one query and a plain-HTML render) and
// kept for a second by the cache in front (lib/reader-cache.ts). Next's own route cache is
// not used: with several servers sharing it through Redis, a publication revalidated on
// one server left another serving the old front page (e2e/cluster.spec.ts failed).
export const dynamic = 'force-dynamic';
