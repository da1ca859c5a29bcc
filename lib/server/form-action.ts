import 'server-only';
import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { getTranslations } from '@/lib/i18n/server';
import { formDataToObject } from './form-data';
import { getActor, type Actor } from './session';

/** What a form's server action returns to `useActionState`. */
export type FormState = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was submitted, so a refused form shows it again and nothing typed is lost. */
  values?: Record<string, string>;
};

type Outcome<R> = { ok: true; result: R } | { ok: false; state: FormState };

type ErrorTranslator = Awaited<ReturnType<typeof getTranslations<'errors'>>>;

/** A zod refusal as one translated message per field (the first of each), keyed by the field's path. */
export function fieldErrorsOf(error: z.ZodError, t: ErrorTranslator): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    fieldErrors[field] ??= t.has(issue.message as never) ? t(issue.message as never) : t('invalid');
  }
  return fieldErrors;
}

/**
 * Every form action goes through here: session → zod parse → work, with
 * failures turned into a translated message. Permission checks live in the
 * data-access function the work calls, so they cannot be skipped.
 */
export async function runFormAction<S extends z.ZodType, R>(options: {
  formData: FormData;
  schema: S;
  work: (context: { actor: Actor; input: z.output<S> }) => Promise<R>;
}): Promise<Outcome<R>> {
  const t = await getTranslations('errors');
  const values = submittedValues(options.formData);
  const fail = (message: string, fieldErrors?: Record<string, string>): Outcome<R> => ({
    ok: false,
    state: { status: 'error', message, fieldErrors, values },
  });

  const actor = await getActor();
  if (!actor) return fail(t('unauthenticated'));

  const parsed = options.schema.safeParse(formDataToObject(options.formData));
  if (!parsed.success) return fail(t('checkFields'), fieldErrorsOf(parsed.error, t));

  try {
    return { ok: true, result: await options.work({ actor, input: parsed.data }) };
  } catch (error) {
    return fail(errorMessage(error, t));
  }
}

function errorMessage(error: unknown, t: Awaited<ReturnType<typeof getTranslations<'errors'>>>): string {
  if (error instanceof AppError) {
    return t.has(error.messageKey as never) ? t(error.messageKey as never, error.values as never) : t('invalid');
  }
  console.error(error);
  return t('unexpected');
}

function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !/password/i.test(key)) values[key] = value;
  }
  return values;
}
