import type { ReactNode } from 'react';
import { PageSwipeScript } from '@/components/reader/page-swipe';
import { readerTranslations } from '@/components/reader/reader-i18n';
import { absoluteUrl } from '@/lib/server/site-url';

/** What a reader document says about itself in its head: for the browser's tab, search engines and link previews. */
export type ReaderHead = {
  title: string;
  description?: string;
  /** Path of the one address of this content; written absolute on SITE_URL. */
  canonicalPath?: string;
  /** Search results and error pages are not to be indexed. */
  noindex?: boolean;
  /** The publication's Atom feed. */
  feedPath?: string;
  openGraph?: {
    type: 'website' | 'article';
    title: string;
    siteName: string;
    publishedTime?: string;
    section?: string;
    authors?: string[];
    image?: { path: string; width?: number; height?: number | null; alt?: string };
  };
  /** Structured data (schema.org) for the page, e.g. a story's NewsArticle. */
  structuredData?: ReactNode;
};

function Head({ head, stylesheets }: { head: ReaderHead; stylesheets: string[] }) {
  const og = head.openGraph;
  const canonical = head.canonicalPath ? absoluteUrl(head.canonicalPath) : undefined;
  const property = (name: string, content: string | number | null | undefined) => (content === undefined || content === null || content === '' ? null : <meta key={`${name}${content}`} property={name} content={String(content)} />);
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{head.title}</title>
      {head.description && <meta name="description" content={head.description} />}
      {head.noindex && <meta name="robots" content="noindex" />}
      {canonical && <link rel="canonical" href={canonical} />}
      {head.feedPath && <link rel="alternate" type="application/atom+xml" href={absoluteUrl(head.feedPath)} />}
      <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
      {stylesheets.map((href) => (
        <link key={href} rel="stylesheet" href={href} />
      ))}
      {og && (
        <>
          {property('og:title', og.title)}
          {property('og:description', head.description)}
          {property('og:url', canonical)}
          {property('og:site_name', og.siteName)}
          {property('og:locale', 'zh_CN')}
          {og.image && (
            <>
              {property('og:image', absoluteUrl(og.image.path))}
              {property('og:image:width', og.image.width)}
              {property('og:image:height', og.image.height)}
              {property('og:image:alt', og.image.alt)}
            </>
          )}
          {property('og:type', og.type)}
          {property('article:published_time', og.publishedTime)}
          {property('article:section', og.section)}
          {og.authors?.map((name) => property('article:author', name))}
        </>
      )}
      {head.structuredData}
    </head>
  );
}

/**
 * A whole page of the digital edition: head, the site bar and the content in
 * `<main>`. Plain HTML (components/reader/html/render-html.ts): its only script
 * is the few lines that turn pages by swiping.
 */
export function ReaderDocument({ head, stylesheets, children }: { head: ReaderHead; stylesheets: string[]; children: ReactNode }) {
  const t = readerTranslations('reader');
  return (
    <html lang="zh-Hans-CN">
      <Head head={head} stylesheets={stylesheets} />
      <body>
        <div className="min-h-screen bg-neutral-100 print:bg-white">
          <header className="border-b border-neutral-300 bg-white print:hidden">
            <div className="mx-auto flex max-w-7xl items-center justify-between px-4 py-2 text-sm">
              <a href="/" className="font-bold">
                {t('siteName')}
              </a>
            </div>
          </header>
          <main id="main">{children}</main>
          <PageSwipeScript />
        </div>
      </body>
    </html>
  );
}
