import Link from 'next/link';
import { getTranslations } from '@/lib/i18n/server';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { listPublications } from '@/lib/server/publication/list-publications';

/** 报纸设置: every publication the installation runs, for the admin. */
export default async function PublicationsPage() {
  const actor = await requirePagePermission('publication.manage');
  const [publications, t] = await Promise.all([loadPageData(listPublications({ actor })), getTranslations('publications')]);
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/newsroom/publications/new" className="rounded bg-neutral-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-neutral-700">
          {t('new')}
        </Link>
      </div>
      <p className="text-sm text-neutral-600">{t('intro')}</p>
      {publications.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-neutral-200 rounded border border-neutral-200">
          {publications.map((publication) => (
            <li key={publication.id} className="flex items-center gap-4 px-4 py-3">
              <span className="font-bold">{publication.name}</span>
              <span className="text-sm text-neutral-600">/{publication.slug}</span>
              <span className="text-sm text-neutral-600">{t('issueCount', { count: publication.issueCount })}</span>
              {publication.isDefault && <span className="rounded bg-neutral-100 px-2 text-xs">{t('isDefaultBadge')}</span>}
              <Link href={`/newsroom/publications/${publication.id}`} className="ml-auto text-sm text-blue-700 underline" aria-label={`${t('edit')} ${publication.name}`}>
                {t('edit')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
