'use client';

import { useActionState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { PageFormat } from '@/lib/domain/page-format';
import type { FormState } from '@/lib/server/form-action';
import { updatePageFormatAction } from './actions';

const NUMBER_FIELDS = [
  ['widthMm', 'paperWidth'],
  ['heightMm', 'paperHeight'],
  ['margins.top', 'marginTop'],
  ['margins.bottom', 'marginBottom'],
  ['margins.inside', 'marginInside'],
  ['margins.outside', 'marginOutside'],
  ['columns', 'columns'],
  ['gutterMm', 'gutter'],
  ['rows', 'rows'],
  ['typeSize', 'typeSize'],
  ['leading', 'leading'],
  ['mastheadMm', 'mastheadHeight'],
] as const;

function stored(format: PageFormat, name: string): string {
  const value = name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], format);
  return String(value);
}

/** The admin's form for a publication's page format; every figure is checked again on the server. */
export function PageFormatForm({ publicationId, format, idPrefix }: { publicationId: string; format: PageFormat; idPrefix: string }) {
  const t = useTranslations('pageFormat');
  const [state, action, pending] = useActionState<FormState, FormData>(updatePageFormatAction, { status: 'idle' });
  const value = (name: string) => state.values?.[name] ?? stored(format, name);
  return (
    <form action={action} className="flex max-w-3xl flex-col gap-4" noValidate>
      <input type="hidden" name="publicationId" value={publicationId} />
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <TextField label={t('name')} id={`${idPrefix}-name`} name="name" defaultValue={value('name')} error={state.fieldErrors?.name} hint={t('nameHint')} />
        {NUMBER_FIELDS.map(([name, label]) => (
          <TextField
            key={name}
            label={t(label)}
            id={`${idPrefix}-${name}`}
            name={name}
            inputMode="decimal"
            defaultValue={value(name)}
            error={state.fieldErrors?.[name]}
          />
        ))}
        <SelectField label={t('typeUnit')} id={`${idPrefix}-typeUnit`} name="typeUnit" defaultValue={value('typeUnit')} error={state.fieldErrors?.typeUnit}>
          <option value="pt">{t('unitPt')}</option>
          <option value="ji">{t('unitJi')}</option>
        </SelectField>
      </div>
      <FormMessage status={state.status} message={state.message} />
      <div>
        <Button type="submit" disabled={pending}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
