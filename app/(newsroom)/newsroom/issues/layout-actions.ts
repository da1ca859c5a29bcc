'use server';

// The issue board's layout moves. The board calls these from drag-and-drop and
// from its keyboard controls alike; each returns a message to announce.
import { revalidatePath } from 'next/cache';
import { addGuidePickSchema, addPageSchema, changeTemplateSchema, movePageSchema, moveStorySchema, removeGuidePickSchema, removePageSchema } from '@/lib/schemas/layout';
import { addGuidePick } from '@/lib/server/issue/add-guide-pick';
import { removeGuidePick } from '@/lib/server/issue/remove-guide-pick';
import { addPage } from '@/lib/server/issue/add-page';
import { changePageTemplate } from '@/lib/server/issue/change-page-template';
import { movePage } from '@/lib/server/issue/move-page';
import { movePlacement } from '@/lib/server/issue/move-placement';
import { removePage } from '@/lib/server/issue/remove-page';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { getTranslations } from '@/lib/i18n/server';

async function done(key: 'storyMoved' | 'storiesSwapped' | 'pageAdded' | 'pageRemoved' | 'pageMoved' | 'templateChanged' | 'guideAdded' | 'guideRemoved', values?: Record<string, number>): Promise<FormState> {
  revalidatePath('/newsroom/issues', 'layout');
  return { status: 'success', message: (await getTranslations('board'))(key, values) };
}

export async function moveStoryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: moveStorySchema, work: ({ actor, input }) => movePlacement({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  return done(outcome.result.swapped ? 'storiesSwapped' : 'storyMoved');
}

export async function addPageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: addPageSchema, work: addPage });
  if (!outcome.ok) return outcome.state;
  return done('pageAdded', { number: outcome.result.number });
}

export async function removePageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: removePageSchema, work: ({ actor, input }) => removePage({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  return done('pageRemoved', { number: outcome.result.removed, stories: outcome.result.storiesTakenOff });
}

export async function movePageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: movePageSchema, work: ({ actor, input }) => movePage({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  return done('pageMoved', { number: outcome.result.number });
}

export async function changeTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: changeTemplateSchema, work: ({ actor, input }) => changePageTemplate({ actor, ...input }) });
  if (!outcome.ok) return outcome.state;
  return done('templateChanged');
}

/** 导读: add a story's line to a guide box, or take one out. */
export async function addGuidePickAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: addGuidePickSchema, work: addGuidePick });
  if (!outcome.ok) return outcome.state;
  return done('guideAdded');
}

export async function removeGuidePickAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: removeGuidePickSchema, work: removeGuidePick });
  if (!outcome.ok) return outcome.state;
  return done('guideRemoved');
}
