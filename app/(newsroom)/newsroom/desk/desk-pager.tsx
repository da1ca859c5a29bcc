import Link from 'next/link';
import { getTranslations } from '@/lib/i18n/server';
import type { DeskFilters } from '@/lib/schemas/desk-filters';
import { deskHref } from './desk-href';

/** 共 N 篇 · 第 x / y 页 with 上一页 / 下一页 links that keep the filters. */
export async function DeskPager({ filters, total, page, pages }: { filters: DeskFilters; total: number; page: number; pages: number }) {
  const t = await getTranslations('desk');
  const link = 'rounded border border-neutral-300 px-3 py-1 text-blue-800 hover:bg-neutral-100';
  return (
    <nav aria-label={t('paging')} className="mt-4 flex flex-wrap items-center gap-4 text-sm">
      <span data-testid="desk-total">{t('total', { total })}</span>
      <span>{t('pageOf', { page, pages })}</span>
      {page > 1 && (
        <Link href={deskHref(filters, page - 1)} className={link}>
          {t('previous')}
        </Link>
      )}
      {page < pages && (
        <Link href={deskHref(filters, page + 1)} className={link}>
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
