import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

const CONTROL = 'w-full rounded border border-neutral-300 bg-white px-2 py-1.5 text-sm focus:border-blue-600 focus:outline-none focus:ring-1 focus:ring-blue-600 aria-invalid:border-red-600';

type FieldProps = { label: ReactNode; name: string; error?: string; hint?: ReactNode; className?: string; /** Defaults to `name`; set it when a form repeats on one page. */ id?: string };

/** A labelled control with its hint and error, wired with aria-describedby. */
function FieldShell({ label, id, error, hint, className = '', children }: Omit<FieldProps, 'name'> & { id: string; children: ReactNode }) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-neutral-800">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-neutral-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: ReactNode) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

export function TextField({ label, name, id = name, error, hint, className, ref, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <FieldShell label={label} id={id} error={error} hint={hint} className={className}>
      <input ref={ref} id={id} name={name} aria-invalid={!!error || undefined} aria-describedby={describedBy(id, error, hint)} className={CONTROL} {...input} />
    </FieldShell>
  );
}

export function TextAreaField({ label, name, id = name, error, hint, className, ...input }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} id={id} error={error} hint={hint} className={className}>
      <textarea id={id} name={name} aria-invalid={!!error || undefined} aria-describedby={describedBy(id, error, hint)} className={CONTROL} {...input} />
    </FieldShell>
  );
}

export function SelectField({ label, name, id = name, error, hint, className, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} id={id} error={error} hint={hint} className={className}>
      <select id={id} name={name} aria-invalid={!!error || undefined} aria-describedby={describedBy(id, error, hint)} className={CONTROL} {...select}>
        {children}
      </select>
    </FieldShell>
  );
}
