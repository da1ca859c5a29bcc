'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { continueArticleSchema, createIssueSchema, issueIdSchema, placeArticleSchema, placementIdSchema, proofMarkIdSchema, proofMarkSchema } from '@/lib/schemas/issue';
import { addProofMark, resolveProofMark } from '@/lib/server/issue/proof-marks';
import { continueArticle } from '@/lib/server/issue/continue-article';
import { createIssue } from '@/lib/server/issue/create-issue';
import { removeContinuation } from '@/lib/server/issue/remove-continuation';
import { placeArticle } from '@/lib/server/issue/place-article';
import { removePlacement } from '@/lib/server/issue/remove-placement';
import { submitIssue } from '@/lib/server/issue/submit-issue';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { getTranslations } from '@/lib/i18n/server';

export async function createIssueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: createIssueSchema, work: createIssue });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/issues');
  redirect(`/newsroom/issues/${outcome.result.id}`);
}

export async function placeArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: placeArticleSchema, work: ({ actor, input }) => placeArticle({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/issues', 'layout');
  return { status: 'success', message: (await getTranslations('board'))('storyPlaced') };
}

export async function removePlacementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: placementIdSchema, work: ({ actor, input }) => removePlacement({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/issues', 'layout');
  return { status: 'success', message: (await getTranslations('board'))('storyTakenOff') };
}

export async function submitIssueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: issueIdSchema, work: ({ actor, input }) => submitIssue({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom', 'layout');
  return { status: 'success', message: (await getTranslations('issues'))('submitted') };
}

export async function addProofMarkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: proofMarkSchema, work: ({ actor, input }) => addProofMark({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/issues', 'layout');
  return { status: 'success', message: (await getTranslations('issues'))('marked') };
}

export async function resolveProofMarkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: proofMarkIdSchema, work: ({ actor, input }) => resolveProofMark({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/issues', 'layout');
  return { status: 'success' };
}

export async function continueArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: continueArticleSchema, work: ({ actor, input }) => continueArticle({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/issues', 'layout');
  return { status: 'success' };
}

export async function removeContinuationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: placementIdSchema, work: ({ actor, input }) => removeContinuation({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/issues', 'layout');
  return { status: 'success' };
}
