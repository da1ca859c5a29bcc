'use client';

import { useActionState, type ReactNode } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/server/form-action';

/** A small form around one server action: hidden ids, the controls given, and the outcome. */
export function ActionForm({
  action,
  hidden,
  children,
  className = 'flex flex-wrap items-center gap-2',
  confirm,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  children: ReactNode | ((pending: boolean) => ReactNode);
  className?: string;
  confirm?: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { status: 'idle' });
  return (
    <form
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
      <FormMessage status={state.status} message={Object.values(state.fieldErrors ?? {})[0] ?? state.message} />
    </form>
  );
}
