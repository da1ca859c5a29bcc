// What the public JSON API returns: published data only, and of staff only the
// names printed in bylines and page credits.
import { reporterNames } from '@/lib/domain/bylines';
import type { JSONContent } from '@tiptap/core';
import { issuePath, pagePath, storyPath } from '@/lib/reader-paths';
import { withoutComments } from '@/lib/tiptap/comment-mark';
import type { ArticleView, IssueView, PageView } from '../issue/issue-view';

export function storyJson(slug: string, issueNumber: number, pageNumber: number, article: ArticleView, withBody: boolean) {
  return {
    id: article.id,
    url: storyPath(slug, issueNumber, pageNumber, article.id),
    columnLabel: article.columnLabel,
    kicker: article.kicker,
    headline: article.headline,
    subheadline: article.subheadline,
    namesLine: article.namesLine,
    dateline: article.dateline,
    reporters: reporterNames(article.bylines.map((b) => b.name)),
    source: article.source,
    credits: article.credits,
    corrections: article.corrections.map((c) => ({ note: c.note, at: c.createdAt })),
    ...(withBody ? { body: publicBody(article.body) } : {}),
  };
}

/**
 * A story body as the public may see it. Editors' comment marks (批注) are staff
 * notes anchored in the text: the reader pages' renderer drops them, and so must
 * the API. Built by walking the document, so nothing else survives that the
 * schema does not know.
 */
export function publicBody(body: unknown): JSONContent {
  return withoutComments(body as JSONContent);
}

export function pageJson(slug: string, issue: IssueView, page: PageView, withBodies: boolean) {
  return {
    number: page.number,
    name: page.name,
    url: pagePath(slug, issue.number, page.number),
    pageEditor: page.editorName,
    artEditor: page.artEditorName,
    stories: page.slots.flatMap((slot) => (slot.placement ? [{ slot: slot.name, part: slot.placement.part, ...storyJson(slug, issue.number, page.number, slot.placement.article, withBodies) }] : [])),
  };
}

export function issueJson(issue: IssueView, withPages: boolean) {
  const slug = issue.publicationSlug;
  return {
    number: issue.number,
    date: issue.date,
    url: issuePath(slug, issue.number),
    publishedAt: issue.publishedAt,
    masthead: issue.masthead,
    ...(withPages ? { pages: issue.pages.map((page) => pageJson(slug, issue, page, false)) } : {}),
  };
}

/**
 * JSON with <, >, & and the JS line separators written as \u escapes: the data is
 * unchanged for any JSON parser, but story text can never read as markup if a
 * response is sniffed or embedded in a page.
 */
export function apiJson(body: unknown, status = 200) {
  const text = JSON.stringify(body).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': status === 200 ? 'public, max-age=60, stale-while-revalidate=600' : 'no-store',
      'Access-Control-Allow-Origin': '*',
    },
  });
}

export const apiNotFound = () => apiJson({ error: 'not_found' }, 404);
