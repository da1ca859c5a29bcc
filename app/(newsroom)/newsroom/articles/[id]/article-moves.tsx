import { ActionForm } from '@/components/forms/action-form';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import type { ArticleMove } from '@/lib/domain/article-workflow';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { getTranslations } from '@/lib/i18n/server';
import { moveArticleAction } from '../actions';

/** A button for each workflow move the actor may make now; 退稿 asks for its reason. */
export async function ArticleMoves({ articleId, status, moves }: { articleId: string; status: ArticleStatus; moves: ArticleMove[] }) {
  if (moves.length === 0) return null;
  const t = await getTranslations('articles');
  const hidden = (move: ArticleMove) => ({ id: articleId, move, from: status });
  const buttons = moves.filter((move) => move !== 'sendBack');
  return (
    <section aria-label={t('workflow')} className="mb-4 flex max-w-4xl flex-wrap items-start gap-6 rounded border border-neutral-200 bg-neutral-50 p-3">
      {/* Children are plain elements: a server component cannot hand ActionForm a render function. */}
      {buttons.map((move) => (
        <ActionForm key={move} action={moveArticleAction} hidden={hidden(move)} confirm={move === 'file' ? t('fileConfirm') : undefined}>
          <Button type="submit" variant={move === 'file' ? 'secondary' : 'primary'}>
            {t(`moves.${move}`)}
          </Button>
        </ActionForm>
      ))}
      {moves.includes('sendBack') && (
        <ActionForm action={moveArticleAction} hidden={hidden('sendBack')} className="flex min-w-80 flex-1 flex-col gap-2">
          <TextAreaField label={t('sendBackReasonLabel')} name="reason" hint={t('sendBackReasonHint')} rows={2} maxLength={1000} />
          <div>
            <Button type="submit" variant="danger">
              {t('moves.sendBack')}
            </Button>
          </div>
        </ActionForm>
      )}
    </section>
  );
}
