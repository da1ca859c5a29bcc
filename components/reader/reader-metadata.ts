import 'server-only';
import type { Metadata } from 'next';
import { pageTitle } from '@/lib/domain/page-numbering';
import { readerPageTitle, readerTitle } from '@/lib/domain/reader-title';
import type { IssueView, PageView } from '@/lib/server/issue/issue-view';
import { pagePath } from '@/lib/reader-paths';

/** Title, canonical URL and Open Graph data of one printed page. */
export function pageMetadata(issue: IssueView, page: PageView): Metadata {
  const title = `${issue.masthead.name} ${issue.masthead.date} ${pageTitle(page.number, page.name)}`;
  const headlines = page.slots.flatMap((slot) => (slot.placement ? [slot.placement.article.headline] : []));
  const description = headlines.join('；').slice(0, 160);
  const canonical = pagePath(issue.publicationSlug, issue.number, page.number);
  return {
    // Absolute: the root layout's "· Masthead" template is the newsroom's.
    title: { absolute: readerPageTitle(page, issue.masthead.date, issue.masthead.name) },
    description,
    alternates: { canonical, types: { 'application/atom+xml': `/${issue.publicationSlug}/feed.xml` } },
    openGraph: { title, description, url: canonical, type: 'website', siteName: issue.masthead.name, locale: 'zh_CN' },
  };
}

/** A reader page's title that names the paper, not the software: `往期回顾 - 望河报`. */
export function readerPageHeading(subject: string, paperName: string): Metadata['title'] {
  return { absolute: readerTitle(subject, paperName) };
}
