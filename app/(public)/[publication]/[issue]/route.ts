import { issuePageRoute } from '@/components/reader/reader-routes';

// An issue's address opens its front page.
export const GET = issuePageRoute;

// Rendered here for each request Next.js sees (one query and a plain-HTML render); the app
// server's page cache keeps the result as its Cache-Control allows (lib/reader-cache.ts) and
// every server forgets it when readers' content changes (lib/server/page-cache). Next's own
// route cache is not used: shared through Redis, a publication revalidated on one server
// left another serving the old front page.
export const dynamic = 'force-dynamic';
