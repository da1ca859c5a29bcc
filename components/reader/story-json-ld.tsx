import { reporterNames } from '@/lib/domain/bylines';
import { leadImage } from '@/lib/domain/lead-image';
import { absoluteUrl } from '@/lib/server/site-url';
import { bodyPlainText } from '@/lib/tiptap/body';
import type { ArticleView, IssueView, PageView } from '@/lib/server/issue/issue-view';

/** schema.org NewsArticle with its print edition, page and section, for search engines. */
export function StoryJsonLd({ article, issue, page, url }: { article: ArticleView; issue: IssueView; page: PageView; url: string }) {
  const image = leadImage(article.body);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    alternativeHeadline: article.subheadline ?? undefined,
    articleBody: bodyPlainText(article.body as object),
    datePublished: issue.publishedAt?.toISOString() ?? `${issue.date}T06:00:00+08:00`,
    url,
    image: image ? [absoluteUrl(image.path)] : undefined,
    inLanguage: 'zh-CN',
    author: reporterNames(article.bylines.map((b) => b.name)).map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'NewsMediaOrganization', name: issue.masthead.name },
    printEdition: issue.masthead.issueNumber,
    printPage: String(page.number),
    printSection: page.name,
  };
  // JSON.stringify does not escape "</script>"; escape "<" so text can never close the tag.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
