'use client';

import { useActionState, useRef, type KeyboardEvent } from 'react';
import { useTranslations } from 'use-intl';
import type { JSONContent } from '@tiptap/core';
import { BodyEditor } from '@/components/editor/body-editor';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/server/form-action';
import { correctArticleAction, createArticleAction, updateArticleAction } from './actions';

export type ArticleFormValues = {
  id?: string;
  version?: number;
  columnLabel: string;
  kicker: string;
  headline: string;
  subheadline: string;
  namesLine: string;
  dateline: string;
  bylines: string;
  source: string;
  credits: string;
  body: JSONContent;
};

/** The structured parts of a story laid out as on the page, and its body below. */
/** `correct` edits a published story as a 更正, with the note readers will see. */
export function ArticleForm({ initial, editable, mode = 'edit' }: { initial: ArticleFormValues; editable: boolean; mode?: 'edit' | 'correct' }) {
  const t = useTranslations('articles');
  const common = useTranslations('common');
  const [state, action, pending] = useActionState<FormState, FormData>(
    mode === 'correct' ? correctArticleAction : initial.id ? updateArticleAction : createArticleAction,
    { status: 'idle' },
  );
  const formRef = useRef<HTMLFormElement>(null);
  const value = (name: keyof ArticleFormValues) => state.values?.[name] ?? String(initial[name] ?? '');
  const error = (name: string) => state.fieldErrors?.[name];
  const field = (name: keyof ArticleFormValues, extra: { hint?: string; className?: string; required?: boolean } = {}) => (
    <TextField
      key={`${name}-${state.values?.version ?? initial.version ?? 0}`}
      label={t(name as 'headline')}
      name={name}
      defaultValue={value(name)}
      error={error(name)}
      readOnly={!editable}
      {...extra}
    />
  );
  // Ctrl/⌘+S saves, as in every editor people know.
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (editable) formRef.current?.requestSubmit();
    }
  };

  return (
    <form ref={formRef} action={action} onKeyDown={onKeyDown} className="flex max-w-4xl flex-col gap-3" noValidate>
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      {initial.id && <input type="hidden" name="version" value={state.values?.version ?? initial.version} />}
      {mode === 'correct' && (
        <TextField label={t('correctionNote')} name="note" defaultValue={state.values?.note ?? ''} error={error('note')} hint={t('correctionNoteHint')} required />
      )}
      <div className="grid grid-cols-[10rem_1fr] gap-3">
        {field('columnLabel')}
        {field('kicker')}
      </div>
      <TextField
        key={`headline-${state.values?.version ?? initial.version ?? 0}`}
        label={t('headline')}
        name="headline"
        defaultValue={value('headline')}
        error={error('headline')}
        readOnly={!editable}
        required
        className="[&_input]:font-serif [&_input]:text-xl [&_input]:font-bold"
      />
      {field('subheadline')}
      {field('namesLine')}
      <div className="grid grid-cols-2 gap-3">
        {field('dateline', { hint: t('datelineHint') })}
        {field('bylines', { hint: t('bylinesHint') })}
      </div>
      <div>
        <p className="mb-1 text-sm font-medium text-neutral-800">{t('body')}</p>
        <BodyEditor initialBody={initial.body} editable={editable} label={t('body')} />
        {error('body') && (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {error('body')}
          </p>
        )}
      </div>
      <div className="grid grid-cols-2 gap-3">
        {field('source', { hint: t('sourceHint') })}
        {field('credits')}
      </div>
      <FormMessage status={state.status} message={state.message} />
      {editable && (
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? common('saving') : mode === 'correct' ? t('submitCorrection') : t('save')}
          </Button>
        </div>
      )}
    </form>
  );
}
