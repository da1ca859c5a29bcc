import Link from 'next/link';
import { ArticleStatusBadge } from '@/components/newsroom/article-status-badge';
import { FILEABLE } from '@/lib/domain/article-workflow';
import { getTranslations } from '@/lib/i18n/server';
import { can } from '@/lib/permissions';
import { getArticle } from '@/lib/server/article/get-article';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { ArticleForm } from '../article-form';
import { FileArticleButton } from '../file-article-button';
import { articleFormValues } from '../article-form-values';

export default async function EditArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; filed?: string; corrected?: string }> }) {
  const actor = await requirePagePermission('newsroom.enter');
  const [{ id }, { saved, filed, corrected }] = await Promise.all([params, searchParams]);
  const article = await loadPageData(getArticle({ actor, articleId: id }));
  const t = await getTranslations('articles');
  const canFile = article.authorId === actor.id && can(actor.roles, 'article.file') && FILEABLE.includes(article.status);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
        <ArticleStatusBadge status={article.status} />
        <span className="text-sm text-neutral-500">{t('version', { version: article.version })}</span>
        {canFile && <FileArticleButton articleId={article.id} />}
        {article.status === 'PUBLISHED' && can(actor.roles, 'article.correct') && (
          <Link href={`/newsroom/articles/${article.id}/correct`} className="rounded border border-neutral-300 px-3 py-1.5 text-sm hover:bg-neutral-100">
            {t('correct')}
          </Link>
        )}
      </div>
      {saved && <p role="status" className="mb-3 text-sm text-green-800">{t('saved')}</p>}
      {filed && <p role="status" className="mb-3 text-sm text-green-800">{t('filed')}</p>}
      {corrected && <p role="status" className="mb-3 text-sm text-green-800">{t('corrected')}</p>}
      {article.sentBackReason && <p className="mb-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm">{t('sentBackReason', { reason: article.sentBackReason })}</p>}
      {!article.editable && <p className="mb-3 text-sm text-neutral-600">{t('readOnly')}</p>}
      <ArticleForm editable={article.editable} initial={articleFormValues(article)} />
    </div>
  );
}
