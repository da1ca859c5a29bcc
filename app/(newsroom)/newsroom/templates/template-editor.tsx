'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SLOT_KINDS, templateProblems, type Grid, type Rect, type SlotKind, type SlotProblem, type TemplateSlot } from '@/lib/domain/page-templates';
import type { TemplateView } from '@/lib/server/template/list-templates';
import { saveTemplateAction, type SaveTemplateState } from './actions';
import { TemplateCanvas } from './template-canvas';

const DEFAULT_NAMES = ['头条', '二条', '三条', '四条', '五条', '六条'];

type Translate = ReturnType<typeof useTranslations<'errors'>>;

/** The same wording the server refuses with (errors.*), for the first problem. */
function problemMessage(problem: SlotProblem, t: Translate): string {
  switch (problem.reason) {
    case 'overlap':
      return t('slotsOverlap', { name: problem.name, other: problem.other });
    case 'offGrid':
      return t('slotOffPage', { name: problem.name });
    case 'duplicateName':
      return t('slotNameTaken', { name: problem.name });
    case 'nameRequired':
      return t('slotNameRequired');
    case 'nameTooLong':
      return t('slotNameTooLong');
    case 'noSlots':
      return t('templateNoSlots');
    case 'tooManySlots':
      return t('tooManySlots');
  }
}

export function TemplateEditor(props: {
  publicationId: string;
  grid: Grid;
  aspect: number;
  templates: TemplateView[];
  initialId: string | null;
  canManage: boolean;
  /** Just saved as a new template: say so after the switch to editing it. */
  justSaved: boolean;
}) {
  const t = useTranslations('templates');
  const errors = useTranslations('errors');
  const router = useRouter();
  const initial = props.templates.find((template) => template.id === props.initialId);
  const [name, setName] = useState(initial?.name ?? '');
  const [front, setFront] = useState(initial?.front ?? false);
  const [slots, setSlots] = useState<TemplateSlot[]>(initial?.slots ?? []);
  const [selected, setSelected] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ status: 'success' | 'error'; message: string } | null>(props.justSaved ? { status: 'success', message: t('saved') } : null);
  const [state, action, pending] = useActionState<SaveTemplateState, FormData>(saveTemplateAction, { status: 'idle' });
  const version = state.version ?? initial?.version ?? 0;

  // A new template, once saved, is edited as that template from then on.
  useEffect(() => {
    if (state.status === 'success' && state.templateId && state.templateId !== props.initialId) router.replace(`/newsroom/templates?id=${state.templateId}&saved=1`);
  }, [state, props.initialId, router]);

  const geometryProblem = (candidate: TemplateSlot[]) => templateProblems(candidate, props.grid).find((p) => p.reason === 'overlap' || p.reason === 'offGrid');

  const propose = (index: number, rect: Rect) => {
    const candidate = slots.map((slot, i) => (i === index ? { ...slot, ...rect } : slot));
    // Checked last, the slot being changed is the one the refusal names.
    const problem = geometryProblem([...candidate.filter((_, i) => i !== index), candidate[index]]);
    if (problem) {
      setNotice({ status: 'error', message: problemMessage(problem, errors) });
      return false;
    }
    setSlots(candidate);
    const slot = candidate[index];
    setNotice({ status: 'success', message: t('slotPlaced', { name: slot.name, column: slot.column, row: slot.row, columns: slot.columns, rows: slot.rows }) });
    return true;
  };

  const onDraw = (rect: Rect) => {
    const used = new Set(slots.map((slot) => slot.name));
    const slotName = DEFAULT_NAMES.find((n) => !used.has(n)) ?? t('slotNumber', { number: slots.length + 1 });
    const candidate = [...slots, { name: slotName, kind: 'STORY' as SlotKind, ...rect }];
    const problem = geometryProblem(candidate);
    if (problem) {
      setNotice({ status: 'error', message: problemMessage(problem, errors) });
      return;
    }
    setSlots(candidate);
    setSelected(candidate.length - 1);
    setNotice({ status: 'success', message: t('slotDrawn', { name: slotName, columns: rect.columns, rows: rect.rows }) });
  };

  const onDelete = (index: number) => {
    const removed = slots[index];
    setSlots(slots.filter((_, i) => i !== index));
    setSelected(null);
    setNotice({ status: 'success', message: t('slotDeleted', { name: removed.name }) });
  };

  const update = (index: number, change: Partial<TemplateSlot>) => setSlots(slots.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const [problem] = templateProblems(slots, props.grid);
    if (!problem) return;
    event.preventDefault();
    setNotice({ status: 'error', message: problemMessage(problem, errors) });
  };

  const current = selected === null ? null : slots[selected];
  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr_16rem]">
      <nav aria-label={t('listLabel')} className="flex flex-col gap-1 text-sm">
        <Link href="/newsroom/templates" aria-current={!props.initialId ? 'page' : undefined} className="rounded px-2 py-1 text-blue-700 underline aria-[current=page]:bg-neutral-200 aria-[current=page]:font-bold">
          {t('new')}
        </Link>
        {props.templates.map((template) => (
          <Link key={template.id} href={`/newsroom/templates?id=${template.id}`} aria-current={template.id === props.initialId ? 'page' : undefined} className="rounded px-2 py-1 hover:bg-neutral-100 aria-[current=page]:bg-neutral-200 aria-[current=page]:font-bold">
            {template.name}
            <span className="ml-1 text-xs text-neutral-500">{t('templateSummary', { slots: template.slots.length, pages: template.pageCount })}</span>
          </Link>
        ))}
      </nav>
      <div className="flex flex-col gap-3">
        <p id="template-keys" className="text-xs text-neutral-600">
          {props.canManage ? t('howTo') : t('readOnly')}
        </p>
        <TemplateCanvas grid={props.grid} aspect={props.aspect} front={front} slots={slots} selected={selected} onSelect={setSelected} propose={propose} onDraw={onDraw} onDelete={onDelete} disabled={!props.canManage} />
        <div aria-live="polite" data-testid="template-notice">
          {notice && <FormMessage status={notice.status} message={notice.message} />}
        </div>
      </div>
      <div className="flex flex-col gap-4">
        {current && selected !== null && props.canManage && (
          <fieldset className="flex flex-col gap-2 rounded border border-neutral-200 p-3">
            <legend className="px-1 text-sm font-medium">{t('selectedSlot')}</legend>
            <TextField label={t('slotName')} name="slot-name" value={current.name} maxLength={12} onChange={(e) => update(selected, { name: e.target.value })} />
            <SelectField label={t('slotKind')} name="slot-kind" value={current.kind} onChange={(e) => update(selected, { kind: e.target.value as SlotKind })}>
              {SLOT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </SelectField>
            <p className="text-xs text-neutral-600">{t('slotPosition', { column: current.column, row: current.row, columns: current.columns, rows: current.rows })}</p>
            <Button variant="danger" onClick={() => onDelete(selected)}>
              {t('deleteSlot')}
            </Button>
          </fieldset>
        )}
        {props.canManage && (
          <form action={action} onSubmit={onSubmit} className="flex flex-col gap-3 rounded border border-neutral-200 p-3" noValidate>
            <input type="hidden" name="publicationId" value={props.publicationId} />
            <input type="hidden" name="templateId" value={props.initialId ?? ''} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="slots" value={JSON.stringify(slots)} />
            <TextField label={t('name')} name="name" value={name} maxLength={20} onChange={(e) => setName(e.target.value)} error={state.fieldErrors?.name} />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="front" checked={front} onChange={(e) => setFront(e.target.checked)} />
              {t('front')}
            </label>
            <FormMessage status={state.status} message={state.status === 'error' ? (state.fieldErrors?.slots ?? state.message) : state.message} />
            <Button type="submit" disabled={pending}>
              {t('save')}
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
