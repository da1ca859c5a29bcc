'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/server/form-action';
import { changePasswordAction } from './actions';

export function ChangePasswordForm() {
  const t = useTranslations('account');
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, { status: 'idle' });
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4">
      <TextField label={t('currentPassword')} name="currentPassword" type="password" autoComplete="current-password" required error={error('currentPassword')} />
      <TextField label={t('newPassword')} name="newPassword" type="password" autoComplete="new-password" required minLength={10} hint={t('rules')} error={error('newPassword')} />
      <TextField label={t('confirmPassword')} name="confirmPassword" type="password" autoComplete="new-password" required error={error('confirmPassword')} />
      <FormMessage status={state.status} message={state.message} />
      <div>
        <Button type="submit" disabled={pending}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
