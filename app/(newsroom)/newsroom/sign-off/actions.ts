'use server';

import { revalidatePath } from 'next/cache';
import { readerPagesChanged } from '@/lib/server/reader-pages-changed';
import { issueIdSchema, pageIdSchema, scheduleIssueSchema, sendBackPageSchema, sendBackSchema, undoSignOffSchema } from '@/lib/schemas/issue';
import { sendBackPage, signPage } from '@/lib/server/issue/sign-page';
import { cancelSchedule, scheduleIssue } from '@/lib/server/issue/schedule-issue';
import { signOffIssue } from '@/lib/server/issue/sign-off-issue';
import { sendBackIssue } from '@/lib/server/issue/send-back-issue';
import { undoSignOff } from '@/lib/server/issue/undo-sign-off';
import { publishIssue } from '@/lib/server/issue/publish-issue';
import { requestReaderPdfs } from '@/lib/server/reader/reader-pdf';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { getTranslations } from '@/lib/i18n/server';

async function done(
  key: 'signedOff' | 'sentBack' | 'undone' | 'published' | 'scheduledOk' | 'scheduleCancelled' | 'pageSignedOk' | 'pageSentBackOk',
): Promise<FormState> {
  revalidatePath('/newsroom', 'layout');
  return { status: 'success', message: (await getTranslations('signOff'))(key) };
}

export async function signOffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: issueIdSchema, work: ({ actor, input }) => signOffIssue({ actor, ...input }) });
  return outcome.ok ? done('signedOff') : outcome.state;
}

export async function sendBackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: sendBackSchema, work: ({ actor, input }) => sendBackIssue({ actor, ...input }) });
  return outcome.ok ? done('sentBack') : outcome.state;
}

export async function undoSignOffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: undoSignOffSchema, work: ({ actor, input }) => undoSignOff({ actor, ...input }) });
  return outcome.ok ? done('undone') : outcome.state;
}

export async function publishAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: issueIdSchema, work: async ({ actor, input }) => (await publishIssue({ actor, ...input }), input) });
  if (!outcome.ok) return outcome.state;
  // Readers see the new issue at once: the reader pages are rebuilt now, not on a timer.
  await readerPagesChanged();
  // Its readers' PDFs are rendered now, so they are kept before readers ask.
  await requestReaderPdfs({ issueId: outcome.result.issueId });
  return done('published');
}

export async function scheduleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: scheduleIssueSchema, work: ({ actor, input }) => scheduleIssue({ actor, ...input }) });
  return outcome.ok ? done('scheduledOk') : outcome.state;
}

export async function cancelScheduleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: issueIdSchema, work: ({ actor, input }) => cancelSchedule({ actor, ...input }) });
  return outcome.ok ? done('scheduleCancelled') : outcome.state;
}

export async function signPageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: pageIdSchema, work: ({ actor, input }) => signPage({ actor, ...input }) });
  return outcome.ok ? done('pageSignedOk') : outcome.state;
}

export async function sendBackPageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: sendBackPageSchema, work: ({ actor, input }) => sendBackPage({ actor, ...input }) });
  return outcome.ok ? done('pageSentBackOk') : outcome.state;
}
