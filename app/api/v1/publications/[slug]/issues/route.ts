import { z } from 'zod';
import { apiJson, apiNotFound } from '@/lib/server/reader/api-views';
import { getPublishedPublication, listPublishedIssueSummaries } from '@/lib/server/reader/published-issues';
import { isPublicationSlug } from '@/lib/reader-paths';
import { shedsLoad } from '@/lib/busy-response';

const querySchema = z.object({
  before: z.coerce.number().int().min(1).max(9_999_999).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

/** GET /api/v1/publications/:slug/issues?before=&limit= — published issues, newest first. */
async function get(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return apiJson({ error: 'invalid_query' }, 400);
  if (!isPublicationSlug(slug) || !(await getPublishedPublication(slug))) return apiNotFound();
  const issues = await listPublishedIssueSummaries({ publicationSlug: slug, ...query.data });
  const last = issues.at(-1);
  return apiJson({
    issues: issues.map((issue) => ({ ...issue, url: `/api/v1/publications/${slug}/issues/${issue.number}` })),
    next: issues.length === query.data.limit && last ? `/api/v1/publications/${slug}/issues?before=${last.number}&limit=${query.data.limit}` : null,
  });
}

export const GET = shedsLoad(get, { json: true });
