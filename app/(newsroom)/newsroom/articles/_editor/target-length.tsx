'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { targetProgress } from '@/lib/domain/target-length';
import { setTargetLengthAction } from '../editor-actions';

/** 目标字数 beside the live count: how far the body is from it. */
export function TargetProgressLine({ count, target }: { count: number; target: number | null }) {
  const t = useTranslations('articles.target');
  const progress = targetProgress(count, target);
  if (progress.state === 'none') return null;
  return (
    <span data-testid="target-progress" className={progress.state === 'over' ? 'text-red-700' : progress.state === 'met' ? 'text-green-800' : ''}>
      {t(progress.state, { target: target ?? 0, difference: progress.difference })}
    </span>
  );
}

/** For editors: set or clear the length the story is asked to be. */
export function TargetLengthForm({ articleId, target, onSet }: { articleId: string; target: number | null; onSet: (target: number | null) => void }) {
  const t = useTranslations('articles.target');
  const [value, setValue] = useState(target ? String(target) : '');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const formData = new FormData();
    formData.set('id', articleId);
    formData.set('targetLength', value);
    setPending(true);
    const state = await setTargetLengthAction({ status: 'idle' }, formData).finally(() => setPending(false));
    if (state.status === 'error') return setError(state.fieldErrors?.targetLength ?? state.message ?? '');
    setError(null);
    onSet(value.trim() ? Number(value) : null);
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-1 text-sm" noValidate>
      <label htmlFor="targetLength" className="font-medium">
        {t('label')}
      </label>
      <div className="flex gap-1">
        <input
          id="targetLength"
          inputMode="numeric"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={!!error || undefined}
          aria-describedby={error ? 'targetLength-error' : undefined}
          className="w-24 rounded border border-neutral-300 px-2 py-1"
        />
        <button type="submit" disabled={pending} className="rounded border border-neutral-300 px-2 py-1 hover:bg-neutral-100">
          {t('set')}
        </button>
      </div>
      {error && (
        <p id="targetLength-error" role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
