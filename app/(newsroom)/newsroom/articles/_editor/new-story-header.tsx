'use client';

import { useTranslations } from 'use-intl';
import { ActionForm } from '@/components/forms/action-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { ArticleMove } from '@/lib/domain/article-workflow';
import { moveArticleAction } from '../actions';

/**
 * The head of the new-story page, inside the editor so that it follows the story's
 * first save: 写新稿 until autosave gives the story its address, then 编辑稿件 with the
 * moves its author may make on a draft (交稿), without reloading or remounting the editor.
 */
export function NewStoryHeader({ articleId, movesOnceSaved }: { articleId: string | undefined; movesOnceSaved: ArticleMove[] }) {
  const t = useTranslations('articles');
  const status = useTranslations('articleStatus');
  if (!articleId) return <h1 className="mb-4 text-2xl font-bold">{t('newTitle')}</h1>;
  const moves = movesOnceSaved.filter((move) => move !== 'sendBack');
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
        <Badge>{status('DRAFT')}</Badge>
        <a href={`/newsroom/articles/${articleId}/revisions`} className="rounded border border-neutral-300 px-3 py-1.5 text-sm hover:bg-neutral-100">
          {t('revisions.link')}
        </a>
        <a href={`/newsroom/articles/${articleId}/preview`} className="rounded border border-neutral-300 px-3 py-1.5 text-sm hover:bg-neutral-100">
          {t('preview.link')}
        </a>
      </div>
      {moves.length > 0 && (
        <section aria-label={t('workflow')} className="mb-4 flex max-w-4xl flex-wrap items-start gap-6 rounded border border-neutral-200 bg-neutral-50 p-3">
          {moves.map((move) => (
            <ActionForm key={move} action={moveArticleAction} hidden={{ id: articleId, move, from: 'DRAFT' }} confirm={move === 'file' ? t('fileConfirm') : undefined}>
              <Button type="submit" variant={move === 'file' ? 'secondary' : 'primary'}>
                {t(`moves.${move}`)}
              </Button>
            </ActionForm>
          ))}
        </section>
      )}
    </>
  );
}
