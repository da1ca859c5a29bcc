import { ArticleTable } from '@/components/newsroom/article-table';
import { getTranslations } from '@/lib/i18n/server';
import { parseDeskFilters } from '@/lib/schemas/desk-filters';
import { listDeskFilterOptions } from '@/lib/server/article/list-desk-filter-options';
import { searchDeskArticles } from '@/lib/server/article/search-desk-articles';
import { requirePagePermission } from '@/lib/server/page-guard';
import { DeskFilterForm } from './desk-filter-form';
import { DeskPager } from './desk-pager';

const FIELD_LABEL = { q: 'search', status: 'status', author: 'author', column: 'columnLabel', from: 'from', to: 'to', page: 'paging' } as const;

export default async function DeskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('article.readDesk');
  const { filters, invalid: allInvalid, typedQuery } = parseDeskFilters(await searchParams);
  // A refused search is not run without its query: the whole desk would read as its results.
  const refusedQuery = allInvalid.find((entry) => entry.field === 'q');
  const invalid = allInvalid.filter((entry) => entry !== refusedQuery);
  const [t, desk, errors, result, options] = await Promise.all([
    getTranslations('articles'),
    getTranslations('desk'),
    getTranslations('errors'),
    refusedQuery ? null : searchDeskArticles({ actor, filters }),
    listDeskFilterOptions({ actor }),
  ]);
  const message = (key: string) => (errors.has(key as never) ? errors(key as never) : errors('invalid'));
  return (
    <div className="max-w-5xl">
      <h1 className="mb-4 text-2xl font-bold">{t('deskTitle')}</h1>
      {/* Keyed by the filters: after a client-side navigation (清除条件, paging) the fields show the URL's values, not the old ones. */}
      <DeskFilterForm key={JSON.stringify(filters) + (typedQuery ?? '')} filters={refusedQuery ? { ...filters, q: typedQuery } : filters} options={options} />
      {refusedQuery && (
        <p role="alert" data-testid="desk-query-refused" className="mb-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {desk('searchNotRun', { message: message(refusedQuery.message) })}
        </p>
      )}
      {invalid.length > 0 && (
        <div role="alert" className="mb-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          <p>{desk('invalidFilters')}</p>
          <ul className="list-disc pl-5">
            {invalid.map(({ field, message: key }) => (
              <li key={field}>
                {desk('invalidFilter', { field: desk(FIELD_LABEL[field]), message: message(key) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result && (result.total === 0 ? <p className="text-neutral-600">{desk('noResults')}</p> : <ArticleTable articles={result.articles} showAuthor />)}
      {result && <DeskPager filters={filters} total={result.total} page={result.page} pages={result.pages} />}
    </div>
  );
}
