'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { WEEKDAYS, type WeekdayPages } from '@/lib/domain/publication-calendar';
import type { FormState } from '@/lib/server/form-action';
import { createPublicationAction, updatePublicationAction } from './actions';

export type PublicationFormValues = {
  id?: string;
  version?: number;
  slug: string;
  name: string;
  nameTraditional: string | null;
  mastheadForm: 'SIMPLIFIED' | 'TRADITIONAL';
  romanizedName: string | null;
  sponsor: string | null;
  publisher: string | null;
  permitNumber: string | null;
  website: string | null;
  serviceStrip: string | null;
  serviceStripPages: number[];
  weekdayPages: WeekdayPages;
  publicationDays: number[];
  firstIssueNumber: number;
  isDefault: boolean;
  /** The current nameplate's image URL, when there is one. */
  nameplateUrl?: string | null;
};

/** Create or edit a publication; every field is checked again on the server. */
export function PublicationForm({ publication }: { publication: PublicationFormValues }) {
  const t = useTranslations('publications');
  const editing = !!publication.id;
  const [state, action, pending] = useActionState<FormState, FormData>(editing ? updatePublicationAction : createPublicationAction, { status: 'idle' });
  // A refused form shows what was typed; otherwise the stored settings.
  const refused = state.status === 'error' && !!state.values;
  const value = (name: string, stored: string) => (refused ? (state.values?.[name] ?? '') : stored);
  const checked = (name: string, stored: boolean, option = 'on') => (refused ? Object.entries(state.values ?? {}).some(([k, v]) => k === name && v === option) : stored);
  // Controlled, so a refused save (React resets uncontrolled fields) keeps every day ticked.
  const [days, setDays] = useState<number[]>(publication.publicationDays);
  const [form, setForm] = useState(publication.mastheadForm);
  const error = (name: string) => state.fieldErrors?.[name];
  const text = (name: keyof PublicationFormValues, label: string, hint?: string) => (
    <TextField label={label} name={name} defaultValue={value(name, String(publication[name] ?? ''))} error={error(name)} hint={hint} />
  );

  return (
    <form action={action} className="flex max-w-3xl flex-col gap-6" noValidate>
      {editing && <input type="hidden" name="id" value={publication.id} />}
      {editing && <input type="hidden" name="version" value={publication.version} />}
      <fieldset className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-bold">{t('sections')}</legend>
        {text('name', t('name'))}
        {text('nameTraditional', t('nameTraditional'))}
        <SelectField label={t('mastheadForm')} name="mastheadForm" value={form} onChange={(e) => setForm(e.target.value === 'TRADITIONAL' ? 'TRADITIONAL' : 'SIMPLIFIED')} error={error('mastheadForm')}>
          <option value="SIMPLIFIED">{t('formSimplified')}</option>
          <option value="TRADITIONAL">{t('formTraditional')}</option>
        </SelectField>
        {text('romanizedName', t('romanizedName'), t('romanizedHint'))}
        {text('sponsor', t('sponsor'), t('sponsorHint'))}
        {text('publisher', t('publisher'), t('publisherHint'))}
        {text('permitNumber', t('permitNumber'), t('permitHint'))}
        {text('website', t('website'))}
        {text('slug', t('slug'), t('slugHint'))}
        {editing && (
          <div className="flex flex-col gap-1 md:col-span-2">
            {publication.nameplateUrl && (
              <figure className="flex items-center gap-3 text-sm">
                <img src={publication.nameplateUrl} alt={t('nameplateCurrent')} className="h-12 w-auto border border-neutral-200" />
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="removeNameplate" defaultChecked={checked('removeNameplate', false)} />
                  {t('removeNameplate')}
                </label>
              </figure>
            )}
            <label htmlFor="nameplate" className="text-sm font-medium text-neutral-800">
              {t('nameplate')}
            </label>
            <input id="nameplate" name="nameplate" type="file" accept="image/png,image/jpeg,image/webp" aria-describedby="nameplate-hint" className="text-sm" />
            <p id="nameplate-hint" className="text-xs text-neutral-500">
              {t('nameplateHint')}
            </p>
          </div>
        )}
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-bold">{t('scheduleSection')}</legend>
        {text('serviceStrip', t('serviceStrip'), t('serviceStripHint'))}
        <TextField
          label={t('serviceStripPages')}
          name="serviceStripPages"
          defaultValue={value('serviceStripPages', publication.serviceStripPages.join(', '))}
          error={error('serviceStripPages')}
          hint={t('serviceStripPagesHint')}
        />
        <TextField
          label={t('firstIssueNumber')}
          name="firstIssueNumber"
          inputMode="numeric"
          defaultValue={value('firstIssueNumber', String(publication.firstIssueNumber))}
          error={error('firstIssueNumber')}
          hint={t('firstIssueNumberHint')}
        />
        <fieldset className="md:col-span-2" aria-describedby={error('publicationDays') ? 'publicationDays-error' : undefined}>
          <legend className="mb-1 text-sm font-medium">{t('publicationDays')}</legend>
          <div className="flex flex-wrap gap-3 text-sm">
            {WEEKDAYS.map((day) => (
              <label key={day} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  name="publicationDays"
                  value={day}
                  checked={days.includes(day)}
                  onChange={(event) => setDays(event.target.checked ? [...days, day] : days.filter((d) => d !== day))}
                />
                {t(`weekday${day}`)}
              </label>
            ))}
          </div>
          {error('publicationDays') && (
            <p id="publicationDays-error" role="alert" className="text-xs text-red-700">
              {error('publicationDays')}
            </p>
          )}
        </fieldset>
        <fieldset className="flex flex-col gap-2 md:col-span-2">
          <legend className="mb-1 text-sm font-medium">{t('weekdayPages')}</legend>
          <p className="text-xs text-neutral-500">{t('weekdayPagesHint')}</p>
          {WEEKDAYS.map((day) => (
            <TextField
              key={day}
              label={t(`weekday${day}`)}
              name={`weekdayPages.${day}`}
              defaultValue={value(`weekdayPages.${day}`, (publication.weekdayPages[String(day) as keyof WeekdayPages] ?? []).join(' '))}
              error={error(`weekdayPages.${day}`)}
            />
          ))}
        </fieldset>
        <label className="flex items-center gap-2 text-sm md:col-span-2">
          <input type="checkbox" name="isDefault" defaultChecked={checked('isDefault', publication.isDefault)} />
          {t('isDefault')}
        </label>
      </fieldset>
      <FormMessage status={state.status} message={state.message} />
      <div>
        <Button type="submit" disabled={pending}>
          {editing ? t('save') : t('create')}
        </Button>
      </div>
    </form>
  );
}
