'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/server/form-action';

/** A small form around one server action: hidden ids, the controls given, and the outcome. */
export function ActionForm({
  action,
  hidden,
  children,
  className = 'flex flex-wrap items-center gap-2',
  confirm,
  onOutcome,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  children: ReactNode | ((pending: boolean) => ReactNode);
  className?: string;
  confirm?: string;
  /**
   * Hands the outcome to the caller (the issue board announces it in its own live
   * region, since a successful placement replaces this form) instead of showing it here.
   */
  onOutcome?: (state: FormState) => void;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { status: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  // React resets a form after its action runs; a refused submission puts back what was typed (a reason, say).
  useEffect(() => {
    if (state.status !== 'error' || !state.values || !formRef.current) return;
    for (const [name, value] of Object.entries(state.values)) {
      const field = formRef.current.elements.namedItem(name);
      if (field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type !== 'hidden')) field.value = value;
    }
  }, [state]);
  useEffect(() => {
    if (state.status !== 'idle') onOutcome?.(state);
    // Only a new outcome is reported, not a new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  return (
    <form
      ref={formRef}
      action={formAction}
      className={className}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {typeof children === 'function' ? children(pending) : children}
      {/* Small forms have no per-field error slots: the specific field error says more than "check the fields". */}
      {!onOutcome && <FormMessage status={state.status} message={Object.values(state.fieldErrors ?? {})[0] ?? state.message} />}
    </form>
  );
}
