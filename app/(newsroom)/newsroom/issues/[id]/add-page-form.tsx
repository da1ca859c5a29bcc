'use client';

import { useTranslations } from 'use-intl';
import { ActionForm } from '@/components/forms/action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { pageTitle } from '@/lib/domain/page-numbering';
import { useStaffLocale } from '@/lib/i18n/use-staff-locale';
import { addPageAction } from '../layout-actions';
import type { TemplateOption } from './board-types';

/** Adds a page made from a template, at the end or before any page. */
export function AddPageForm({ issueId, pageCount, templates }: { issueId: string; pageCount: number; templates: TemplateOption[] }) {
  const t = useTranslations('board');
  const locale = useStaffLocale();
  const inside = templates.find((template) => !template.front) ?? templates[0];
  return (
    <section aria-labelledby="add-page-heading" className="mt-6 rounded border border-dashed border-neutral-300 p-4">
      <h2 id="add-page-heading" className="mb-2 font-bold">
        {t('addPage')}
      </h2>
      <ActionForm action={addPageAction} hidden={{ issueId }} className="flex flex-wrap items-end gap-3">
        <TextField label={t('newPageName')} name="name" id="new-page-name" maxLength={20} />
        <SelectField label={t('newPageTemplate')} name="templateId" id="new-page-template" defaultValue={inside?.id}>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('newPagePosition')} name="number" id="new-page-position" defaultValue="">
          <option value="">{t('atEnd')}</option>
          {Array.from({ length: pageCount }, (_, i) => (
            <option key={i} value={i + 1}>
              {t('before', { page: pageTitle(i + 1, null, locale) })}
            </option>
          ))}
        </SelectField>
        <Button type="submit">{t('addPageButton')}</Button>
      </ActionForm>
    </section>
  );
}
