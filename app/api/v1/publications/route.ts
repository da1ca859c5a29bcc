import { apiJson } from '@/lib/server/reader/api-views';
import { listPublicationsWithPublishedIssues } from '@/lib/server/reader/feed-items';

/** GET /api/v1/publications — publications with at least one published issue. */
export async function GET() {
  const publications = await listPublicationsWithPublishedIssues();
  return apiJson({ publications: publications.map(({ slug, name, romanizedName, website }) => ({ slug, name, romanizedName, website, url: `/${slug}` })) });
}
