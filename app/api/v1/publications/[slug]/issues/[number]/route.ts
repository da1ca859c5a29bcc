import { parsePositiveInt, isPublicationSlug } from '@/lib/reader-paths';
import { apiJson, apiNotFound, issueJson } from '@/lib/server/reader/api-views';
import { getPublishedIssue } from '@/lib/server/reader/published-issues';
import { shedsLoad } from '@/lib/busy-response';

/** GET /api/v1/publications/:slug/issues/:number — the issue, its masthead and pages with their stories. */
async function get(_request: Request, { params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const issueNumber = parsePositiveInt(number, 9_999_999);
  if (!issueNumber || !isPublicationSlug(slug)) return apiNotFound();
  const issue = await getPublishedIssue({ publicationSlug: slug, number: issueNumber });
  return issue ? apiJson({ issue: issueJson(issue, true) }) : apiNotFound();
}

export const GET = shedsLoad(get, { json: true });
