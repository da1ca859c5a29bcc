'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/server/form-action';
import { fileArticleAction } from './actions';

/** 交稿 */
export function FileArticleButton({ articleId }: { articleId: string }) {
  const t = useTranslations('articles');
  const [state, action, pending] = useActionState<FormState, FormData>(fileArticleAction, { status: 'idle' });
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t('fileConfirm'))) event.preventDefault();
      }}
      className="flex items-center gap-3"
    >
      <input type="hidden" name="id" value={articleId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('file')}
      </Button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
