'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/server/form-action';
import { firstRunAction } from './actions';

export function SetupForm({ needsPublication }: { needsPublication: boolean }) {
  const t = useTranslations('setup');
  const [state, action, pending] = useActionState<FormState, FormData>(firstRunAction, { status: 'idle' });
  const error = (field: string) => state.fieldErrors?.[field];
  return (
    <form action={action} className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 font-semibold">{t('adminSection')}</legend>
        <TextField label={t('name')} name="name" autoComplete="name" required defaultValue={state.values?.name} error={error('name')} />
        <TextField label={t('email')} name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} error={error('email')} />
        <TextField label={t('password')} name="password" type="password" autoComplete="new-password" required hint={t('passwordHint')} error={error('password')} />
        <TextField label={t('confirmPassword')} name="confirmPassword" type="password" autoComplete="new-password" required error={error('confirmPassword')} />
      </fieldset>
      {needsPublication && (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 font-semibold">{t('paperSection')}</legend>
          <p className="text-sm text-neutral-600">{t('paperIntro')}</p>
          <TextField label={t('publicationName')} name="publicationName" required defaultValue={state.values?.publicationName} error={error('publicationName')} />
          <TextField
            label={t('publicationSlug')}
            name="publicationSlug"
            required
            autoCapitalize="none"
            spellCheck={false}
            hint={t('publicationSlugHint')}
            defaultValue={state.values?.publicationSlug}
            error={error('publicationSlug')}
          />
        </fieldset>
      )}
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
