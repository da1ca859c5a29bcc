import { apiJson } from '@/lib/server/reader/api-views';
import { listPublicationsWithPublishedIssues } from '@/lib/server/reader/feed-items';
import { shedsLoad } from '@/lib/busy-response';

/** GET /api/v1/publications — publications with at least one published issue. */
async function get() {
  const publications = await listPublicationsWithPublishedIssues();
  return apiJson({ publications: publications.map(({ slug, name, romanizedName, website }) => ({ slug, name, romanizedName, website, url: `/${slug}` })) });
}

export const GET = shedsLoad(get, { json: true });
