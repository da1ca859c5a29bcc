import { ArticleTable } from '@/components/newsroom/article-table';
import { getTranslations } from '@/lib/i18n/server';
import { listDeskArticles } from '@/lib/server/article/list-articles';
import { requirePagePermission } from '@/lib/server/page-guard';

export default async function DeskPage() {
  const actor = await requirePagePermission('article.readDesk');
  const [t, articles] = await Promise.all([getTranslations('articles'), listDeskArticles({ actor })]);
  return (
    <div className="max-w-5xl">
      <h1 className="mb-4 text-2xl font-bold">{t('deskTitle')}</h1>
      <ArticleTable articles={articles} showAuthor />
    </div>
  );
}
