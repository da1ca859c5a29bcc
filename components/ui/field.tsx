import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

const CONTROL = 'w-full rounded border border-neutral-300 bg-white px-2 py-1.5 text-sm focus:border-blue-600 focus:outline-none focus:ring-1 focus:ring-blue-600 aria-invalid:border-red-600';

type FieldProps = { label: ReactNode; name: string; error?: string; hint?: ReactNode; className?: string };

/** A labelled control with its hint and error, wired with aria-describedby. */
function FieldShell({ label, name, error, hint, className = '', children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={name} className="text-sm font-medium text-neutral-800">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${name}-hint`} className="text-xs text-neutral-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(name: string, error?: string, hint?: ReactNode) {
  return error ? `${name}-error` : hint ? `${name}-hint` : undefined;
}

export function TextField({ label, name, error, hint, className, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} name={name} error={error} hint={hint} className={className}>
      <input id={name} name={name} aria-invalid={!!error || undefined} aria-describedby={describedBy(name, error, hint)} className={CONTROL} {...input} />
    </FieldShell>
  );
}

export function TextAreaField({ label, name, error, hint, className, ...input }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} name={name} error={error} hint={hint} className={className}>
      <textarea id={name} name={name} aria-invalid={!!error || undefined} aria-describedby={describedBy(name, error, hint)} className={CONTROL} {...input} />
    </FieldShell>
  );
}

export function SelectField({ label, name, error, hint, className, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} name={name} error={error} hint={hint} className={className}>
      <select id={name} name={name} aria-invalid={!!error || undefined} aria-describedby={describedBy(name, error, hint)} className={CONTROL} {...select}>
        {children}
      </select>
    </FieldShell>
  );
}
