import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { storyPath, isPublicationSlug } from '@/lib/reader-paths';
import { chineseDate } from '@/lib/domain/calendar';
import { checkSearchQuery, withoutUntypeableCharacters } from '@/lib/domain/search-text';
import { pageTitle } from '@/lib/domain/page-numbering';
import type { SnippetPart } from '@/lib/domain/search-snippet';
import { readerTranslations } from '@/components/reader/reader-i18n';
import { readerPageHeading } from '@/components/reader/reader-metadata';
import { getPublishedPublication } from '@/lib/server/reader/published-issues';
import { SEARCH_MAX_PAGE, SEARCH_PAGE_SIZE, searchPublishedStories } from '@/lib/server/reader/search-published';

type Props = { params: Promise<{ publication: string }>; searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { publication: slug } = await params;
  const publication = isPublicationSlug(slug) ? await getPublishedPublication(slug) : null;
  const t = readerTranslations('reader');
  return { title: readerPageHeading(t('search'), publication?.name ?? ''), robots: { index: false } };
}

const MAX_QUERY = 50;

function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, index) => (part.match ? <mark key={index} className="bg-yellow-200">{part.text}</mark> : <span key={index}>{part.text}</span>));
}

/** Search across every published issue of the publication. */
export default async function SearchPage({ params, searchParams }: Props) {
  const [{ publication: slug }, { q, page }] = await Promise.all([params, searchParams]);
  const publication = isPublicationSlug(slug) ? await getPublishedPublication(slug) : null;
  if (!publication) notFound();
  const t = readerTranslations('reader');
  // A repeated parameter arrives as an array: the first one counts.
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
  // Too long, or with characters no keyboard types (NUL made PostgreSQL fail: a 500 the
  // public cache kept for a minute): said on the page, and nothing is searched.
  const { query, error } = checkSearchQuery(first(q), MAX_QUERY);
  const pageNumber = Math.min(Math.max(1, Number.parseInt(first(page) || '1', 10) || 1), SEARCH_MAX_PAGE);
  const found = query && !error ? await searchPublishedStories({ publicationSlug: slug, query, page: pageNumber }) : null;
  const pages = found ? Math.max(1, Math.ceil(found.total / SEARCH_PAGE_SIZE)) : 0;
  const pageLink = (n: number) => `/${slug}/search?q=${encodeURIComponent(query)}&page=${n}`;

  return (
    <div className="mx-auto max-w-3xl bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">
        {publication.name} · {t('search')}
      </h1>
      <form role="search" action={`/${slug}/search`} className="mb-6 flex gap-2">
        <label htmlFor="q" className="sr-only">
          {t('searchLabel')}
        </label>
        <input id="q" name="q" type="search" defaultValue={withoutUntypeableCharacters(query)} placeholder={t('searchHint')} maxLength={200} className="flex-1 rounded border border-neutral-300 px-3 py-2" />
        <button type="submit" className="rounded bg-neutral-900 px-4 py-2 text-white">
          {t('searchButton')}
        </button>
      </form>
      {error && <p role="alert" className="text-red-800">{t(error)}</p>}
      {found && (
        <>
          <p role="status" className="mb-4 text-sm text-neutral-600">
            {found.capped ? t('searchTotalCapped', { total: found.total }) : found.total ? t('searchTotal', { total: found.total }) : t('searchNone', { query })}
          </p>
          <ol className="flex flex-col gap-4">
            {found.results.map((result) => (
              <li key={result.articleId}>
                <Link href={storyPath(slug, result.issueNumber, result.pageNumber, result.articleId)} className="font-serif text-lg font-bold text-blue-900 hover:underline">
                  <Highlighted parts={result.headline} />
                </Link>
                <p className="text-sm text-neutral-600">{t('resultMeta', { date: chineseDate(result.issueDate), number: result.issueNumber, page: pageTitle(result.pageNumber, result.pageName) })}</p>
                <p className="mt-1 font-serif text-sm leading-relaxed">
                  <Highlighted parts={result.snippet} />
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav aria-label={t('pageOf', { page: pageNumber, pages })} className="mt-6 flex items-center justify-between text-sm">
              {pageNumber > 1 ? <Link href={pageLink(pageNumber - 1)}>← {t('previousResults')}</Link> : <span />}
              <span>{t('pageOf', { page: pageNumber, pages })}</span>
              {pageNumber < pages ? <Link href={pageLink(pageNumber + 1)}>{t('nextResults')} →</Link> : <span />}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
