import { parsePositiveInt, isPublicationSlug } from '@/lib/reader-paths';
import { apiJson, apiNotFound, issueJson, pageJson } from '@/lib/server/reader/api-views';
import { getPublishedIssue } from '@/lib/server/reader/published-issues';
import { shedsLoad } from '@/lib/busy-response';

/** GET /api/v1/publications/:slug/issues/:number/pages/:page — one page with its stories in full (TipTap JSON bodies). */
async function get(_request: Request, { params }: { params: Promise<{ slug: string; number: string; page: string }> }) {
  const { slug, number, page } = await params;
  const issueNumber = parsePositiveInt(number, 9_999_999);
  const pageNumber = parsePositiveInt(page, 99);
  if (!issueNumber || !pageNumber || !isPublicationSlug(slug)) return apiNotFound();
  const issue = await getPublishedIssue({ publicationSlug: slug, number: issueNumber });
  const found = issue?.pages.find((p) => p.number === pageNumber);
  if (!issue || !found) return apiNotFound();
  return apiJson({ issue: issueJson(issue, false), page: pageJson(slug, issue, found, true) });
}

export const GET = shedsLoad(get, { json: true });
