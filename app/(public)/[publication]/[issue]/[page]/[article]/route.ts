import { storyRoute } from '@/components/reader/reader-routes';

export const GET = storyRoute;

// Cached and served to every reader; rebuilt when an issue is published or a story
// corrected (app/api/internal/revalidate), and at most every five minutes.
export const dynamic = 'force-static';
export const revalidate = 300;
// Rendered on first visit, then cached (no database is needed at build time).
export function generateStaticParams() {
  return [];
}
