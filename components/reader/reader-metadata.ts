import 'server-only';
import type { Metadata } from 'next';
import { pageTitle } from '@/lib/domain/page-numbering';
import type { IssueView, PageView } from '@/lib/server/issue/issue-view';
import { pagePath } from '@/lib/reader-paths';

/** Title, canonical URL and Open Graph data of one printed page. */
export function pageMetadata(issue: IssueView, page: PageView): Metadata {
  const title = `${issue.masthead.name} ${issue.masthead.date} ${pageTitle(page.number, page.name)}`;
  const headlines = page.slots.flatMap((slot) => (slot.placement ? [slot.placement.article.headline] : []));
  const description = headlines.join('；').slice(0, 160);
  const canonical = pagePath(issue.publicationSlug, issue.number, page.number);
  return {
    title,
    description,
    alternates: { canonical, types: { 'application/atom+xml': `/${issue.publicationSlug}/feed.xml` } },
    openGraph: { title, description, url: canonical, type: 'website', siteName: issue.masthead.name, locale: 'zh_CN' },
  };
}
