import { readerTranslations } from '@/components/reader/reader-i18n';
import { chineseDate } from '@/lib/domain/calendar';
import { pageTitle } from '@/lib/domain/page-numbering';
import type { SnippetPart } from '@/lib/domain/search-snippet';
import type { SearchQueryError } from '@/lib/domain/search-text';
import { withoutUntypeableCharacters } from '@/lib/domain/search-text';
import type { searchPublishedStories } from '@/lib/server/reader/search-published';
import { SEARCH_PAGE_SIZE } from '@/lib/server/reader/search-published';
import { storyPath } from '@/lib/reader-paths';

type Found = Awaited<ReturnType<typeof searchPublishedStories>>;

/** The text with its matches marked. Plain text stays plain: a page of results is rendered for nearly every search, and each element costs. */
function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, index) => (part.match ? <mark key={index} className="bg-yellow-200">{part.text}</mark> : part.text));
}

/** The search form and, when something was searched, a page of results. */
export function SearchView({ publicationName, slug, query, error, pageNumber, found }: { publicationName: string; slug: string; query: string; error?: SearchQueryError; pageNumber: number; found: Found | null }) {
  const t = readerTranslations('reader');
  const pages = found ? Math.max(1, Math.ceil(found.total / SEARCH_PAGE_SIZE)) : 0;
  const pageLink = (n: number) => `/${slug}/search?q=${encodeURIComponent(query)}&page=${n}`;

  return (
    <div className="mx-auto max-w-3xl bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">
        {publicationName} · {t('search')}
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
                <a href={storyPath(slug, result.issueNumber, result.pageNumber, result.articleId)} className="font-serif text-lg font-bold text-blue-900 hover:underline">
                  <Highlighted parts={result.headline} />
                </a>
                <p className="text-sm text-neutral-600">{t('resultMeta', { date: chineseDate(result.issueDate), number: result.issueNumber, page: pageTitle(result.pageNumber, result.pageName) })}</p>
                <p className="mt-1 font-serif text-sm leading-relaxed">
                  <Highlighted parts={result.snippet} />
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav aria-label={t('pageOf', { page: pageNumber, pages })} className="mt-6 flex items-center justify-between text-sm">
              {pageNumber > 1 ? <a href={pageLink(pageNumber - 1)}>← {t('previousResults')}</a> : <span />}
              <span>{t('pageOf', { page: pageNumber, pages })}</span>
              {pageNumber < pages ? <a href={pageLink(pageNumber + 1)}>{t('nextResults')} →</a> : <span />}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
