import { notFound } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { getArticle } from '@/lib/server/article/get-article';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { CorrectionForm } from '../../correction-form';
import { articleFormValues } from '../../article-form-values';

/** 更正: correct a published story; readers see the note with the date. */
export default async function CorrectArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('article.correct');
  const { id } = await params;
  const article = await loadPageData(getArticle({ actor, articleId: id }));
  if (article.status !== 'PUBLISHED') notFound();
  const t = await getTranslations('articles');
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('correctTitle')}</h1>
      <CorrectionForm initial={articleFormValues(article)} />
    </div>
  );
}
