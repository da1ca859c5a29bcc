'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'use-intl';
import { BodyEditor } from '@/components/editor/body-editor';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/server/form-action';
import { correctArticleAction } from './actions';
import { ARTICLE_TEXT_FIELDS, type ArticleFormValues, type ArticleTextField } from './article-form-values';

/**
 * 更正: a published story edited on purpose, with the note readers will see.
 * Unlike everyday writing it is not autosaved: it is submitted once, deliberately.
 */
export function CorrectionForm({ initial }: { initial: ArticleFormValues }) {
  const t = useTranslations('articles');
  const common = useTranslations('common');
  const [state, action, pending] = useActionState<FormState, FormData>(correctArticleAction, { status: 'idle' });
  const [body, setBody] = useState(() => JSON.stringify(initial.body));
  const value = (name: ArticleTextField) => state.values?.[name] ?? String(initial[name] ?? '');
  const field = (name: ArticleTextField) => (
    <TextField key={name} label={t(name)} name={name} defaultValue={value(name)} error={state.fieldErrors?.[name]} required={name === 'headline'} />
  );
  return (
    <form action={action} className="flex max-w-4xl flex-col gap-3" noValidate>
      <input type="hidden" name="id" value={initial.id} />
      <input type="hidden" name="version" value={initial.version} />
      <input type="hidden" name="body" value={body} />
      <TextField label={t('correctionNote')} name="note" defaultValue={state.values?.note ?? ''} error={state.fieldErrors?.note} hint={t('correctionNoteHint')} required />
      {ARTICLE_TEXT_FIELDS.map(field)}
      <div>
        <p className="mb-1 text-sm font-medium text-neutral-800">{t('body')}</p>
        <BodyEditor initialBody={initial.body} editable label={t('body')} onChange={(editor) => setBody(JSON.stringify(editor.getJSON()))} />
        {state.fieldErrors?.body && (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {state.fieldErrors.body}
          </p>
        )}
      </div>
      <FormMessage status={state.status} message={state.message} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? common('saving') : t('submitCorrection')}
        </Button>
      </div>
    </form>
  );
}
