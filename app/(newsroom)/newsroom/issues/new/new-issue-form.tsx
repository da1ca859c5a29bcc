'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { isIsoDate, lunarDateName, weekdayName } from '@/lib/domain/calendar';
import { useStaffLocale } from '@/lib/i18n/use-staff-locale';
import { pagesForDay, type WeekdayPages } from '@/lib/domain/publication-calendar';
import type { FormState } from '@/lib/server/form-action';
import { createIssueAction } from '../actions';

type PagePlan = { key: number; name: string; editorId: string | null; artEditorId: string | null; templateId: string | null };
type StaffOption = { id: string; name: string; roles: string[] };

export function NewIssueForm(props: {
  publication: { id: string; name: string };
  number: number;
  date: string;
  pages: Omit<PagePlan, 'key'>[];
  staff: StaffOption[];
  templates: { id: string; name: string; front: boolean }[];
  /** The paper's usual pages per weekday: another date proposes that weekday's pages. */
  weekdayPages?: WeekdayPages;
}) {
  const t = useTranslations('issues');
  const locale = useStaffLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(createIssueAction, { status: 'idle' });
  const [date, setDate] = useState(props.date);
  const [pages, setPages] = useState<PagePlan[]>(() => props.pages.map((page, key) => ({ ...page, key })));
  const [backIssue, setBackIssue] = useState(state.values?.backIssue === 'on');
  const changeDate = (next: string) => {
    setDate(next);
    const usual = isIsoDate(next) ? pagesForDay(props.weekdayPages ?? {}, next) : null;
    if (!usual) return;
    // New keys: the page-name fields are drawn afresh with the weekday's 版名.
    const base = Date.now();
    setPages(usual.map((name, index) => ({ key: base + index, name, editorId: pages[index]?.editorId ?? null, artEditorId: pages[index]?.artEditorId ?? null, templateId: pages[index]?.templateId ?? null })));
  };
  const valueOf = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const editors = props.staff.filter((s) => s.roles.includes('PAGE_EDITOR'));
  const artEditors = props.staff.filter((s) => s.roles.includes('ART_EDITOR'));

  return (
    <form action={action} className="flex max-w-3xl flex-col gap-4" noValidate>
      <input type="hidden" name="publicationId" value={props.publication.id} />
      <p className="text-sm text-neutral-600">
        {t('publicationIs', { name: props.publication.name })}
      </p>
      <div className="grid grid-cols-2 gap-4">
        <TextField label={t('number')} name="number" inputMode="numeric" defaultValue={valueOf('number', String(props.number))} hint={t('numberHint')} error={state.fieldErrors?.number} />
        <div>
          <TextField label={t('date')} name="date" type="date" value={date} onChange={(e) => changeDate(e.target.value)} error={state.fieldErrors?.date} />
          <p className="mt-1 text-sm text-neutral-700" aria-live="polite" data-testid="derived-date">
            {isIsoDate(date) ? t('derived', { weekday: weekdayName(date, locale), lunar: lunarDateName(date) }) : ''}
          </p>
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="backIssue" checked={backIssue} onChange={(e) => setBackIssue(e.target.checked)} aria-describedby="backIssue-hint" />
          {t('backIssue')}
        </label>
        <p id="backIssue-hint" className="text-xs text-neutral-500">
          {t('backIssueHint')}
        </p>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium">{t('pages')}</legend>
        {pages.map((page, index) => (
          <div key={page.key} className="grid grid-cols-[3rem_1fr_1fr_1fr_1fr_auto] items-end gap-2">
            <span className="pb-2 text-sm text-neutral-600">{String(index + 1).padStart(2, '0')}</span>
            <TextField
              label={t('pageName')}
              name={`pages.${index}.name`}
              defaultValue={valueOf(`pages.${index}.name`, page.name)}
              error={state.fieldErrors?.[`pages.${index}.name`]}
            />
            <SelectField label={t('pageEditor')} name={`pages.${index}.editorId`} defaultValue={valueOf(`pages.${index}.editorId`, page.editorId ?? '')}>
              <option value="">—</option>
              {editors.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('artEditor')} name={`pages.${index}.artEditorId`} defaultValue={valueOf(`pages.${index}.artEditorId`, page.artEditorId ?? '')}>
              <option value="">—</option>
              {artEditors.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('pageTemplate')} name={`pages.${index}.templateId`} defaultValue={valueOf(`pages.${index}.templateId`, page.templateId ?? '')}>
              <option value="">{t('defaultTemplate')}</option>
              {props.templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </SelectField>
            <Button variant="secondary" onClick={() => setPages(pages.filter((p) => p.key !== page.key))} disabled={pages.length === 1} aria-label={`${t('removePage')} ${index + 1}`}>
              ×
            </Button>
          </div>
        ))}
        <div>
          <Button variant="secondary" onClick={() => setPages([...pages, { key: Date.now(), name: '', editorId: null, artEditorId: null, templateId: null }])}>
            {t('addPage')}
          </Button>
        </div>
        {state.fieldErrors?.pages && <p role="alert" className="text-xs text-red-700">{state.fieldErrors.pages}</p>}
      </fieldset>
      <FormMessage status={state.status} message={state.message} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('creating') : t('create')}
        </Button>
      </div>
    </form>
  );
}
