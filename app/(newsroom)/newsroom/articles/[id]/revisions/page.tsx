import { formatTime } from '@/lib/i18n/format';
import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { DiffView } from '@/components/newsroom/diff-view';
import { Button } from '@/components/ui/button';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { compareRevisionsSchema } from '@/lib/schemas/article-editing';
import { compareRevisions } from '@/lib/server/article/compare-revisions';
import { listRevisions } from '@/lib/server/article/list-revisions';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { restoreRevisionAction } from '../../actions';

type SearchParams = { from?: string; to?: string; restored?: string };

/** 修订记录: every kept state of the story; any two compared character by character; any one restored. */
export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('newsroom.enter');
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { article, revisions } = await loadPageData(listRevisions({ actor, articleId: id }));
  const [articles, locale] = await Promise.all([getTranslations('articles'), getLocale()]);
  const t = (key: string, values?: Record<string, string | number>) => articles(`revisions.${key}` as never, values as never);
  const fields = await getTranslations('articles');
  // By default, the latest change: the revision before the newest against the newest.
  const picked = compareRevisionsSchema.safeParse(query);
  const pair = picked.success ? picked.data : revisions.length >= 2 ? { from: revisions[1].id, to: revisions[0].id } : null;
  const comparison = pair ? await loadPageData(compareRevisions({ actor, articleId: id, fromId: pair.from, toId: pair.to })) : null;

  return (
    <div className="max-w-5xl">
      <p className="mb-2 text-sm">
        <Link href={`/newsroom/articles/${id}`} className="text-blue-700 underline">
          {t('back', { headline: article.headline })}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      {query.restored && (
        <p role="status" className="mb-3 text-sm text-green-800">
          {t('restored')}
        </p>
      )}
      <form method="get" className="mb-6">
        <table className="w-full text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead>
            <tr className="border-b text-left">
              <th className="py-1">{t('from')}</th>
              <th>{t('to')}</th>
              <th>{t('version')}</th>
              <th>{t('author')}</th>
              <th>{t('time')}</th>
              <th>{t('charCount')}</th>
              <th>
                <span className="sr-only">{t('restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision, index) => (
              <tr key={revision.id} className="border-b border-neutral-100" data-testid="revision">
                <td className="py-1">
                  <input type="radio" name="from" value={revision.id} defaultChecked={pair?.from === revision.id} aria-label={t('fromLabel', { version: revision.version })} />
                </td>
                <td>
                  <input type="radio" name="to" value={revision.id} defaultChecked={pair?.to === revision.id} aria-label={t('toLabel', { version: revision.version })} />
                </td>
                <td>
                  {t('versionNumber', { version: revision.version })}
                  {index === 0 && <span className="ml-1 text-xs text-green-800">{t('current')}</span>}
                  {revision.restoredFromVersion !== null && <span className="ml-1 text-xs text-neutral-500">{t('restoredFrom', { version: revision.restoredFromVersion })}</span>}
                </td>
                <td>{revision.author.name}</td>
                <td>{formatTime(revision.updatedAt, locale)}</td>
                <td>{revision.charCount}</td>
                <td>{/* restore buttons are separate forms, below the table */}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {revisions.length >= 2 && (
          <Button type="submit" variant="secondary" className="mt-2">
            {t('compare')}
          </Button>
        )}
      </form>
      {article.editable && revisions.length >= 2 && (
        <div className="mb-6 flex flex-wrap gap-2">
          {revisions.slice(1).map((revision) => (
            <ActionForm key={revision.id} action={restoreRevisionAction} hidden={{ id, revisionId: revision.id, version: String(article.version) }} confirm={t('restoreConfirm', { version: revision.version })}>
              <Button type="submit" variant="secondary">
                {t('restoreVersion', { version: revision.version })}
              </Button>
            </ActionForm>
          ))}
        </div>
      )}
      {comparison && (
        <section aria-labelledby="comparison-title">
          <h2 id="comparison-title" className="mb-2 text-lg font-bold">
            {t('comparing', { from: comparison.from.version, to: comparison.to.version })}
          </h2>
          <div className="flex flex-col gap-3" data-testid="revision-diff">
            {comparison.diffs
              .filter((diff) => diff.added + diff.removed > 0)
              .map((diff) => (
                <div key={diff.field}>
                  <p className="text-sm font-medium">
                    {fields(diff.field)} <span className="text-xs text-neutral-500">{t('summary', { added: diff.added, removed: diff.removed })}</span>
                  </p>
                  <DiffView label={fields(diff.field)} segments={diff.segments} />
                </div>
              ))}
            {comparison.diffs.every((diff) => diff.added + diff.removed === 0) && <p className="text-sm">{t('identical')}</p>}
          </div>
        </section>
      )}
    </div>
  );
}
