import Link from 'next/link';
import { ArticleTable } from '@/components/newsroom/article-table';
import { getTranslations } from '@/lib/i18n/server';
import { listMyArticles } from '@/lib/server/article/list-articles';
import { requirePagePermission } from '@/lib/server/page-guard';

export default async function MyArticlesPage() {
  const actor = await requirePagePermission('article.write');
  const [t, articles] = await Promise.all([getTranslations('articles'), listMyArticles({ actor })]);
  return (
    <div className="max-w-5xl">
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t('myTitle')}</h1>
        <Link href="/newsroom/articles/new" className="rounded bg-neutral-900 px-3 py-1.5 text-sm text-white hover:bg-neutral-700">
          {t('new')}
        </Link>
      </div>
      <ArticleTable articles={articles} />
    </div>
  );
}
