'use server';

import { revalidatePath } from 'next/cache';
import { readerPagesChanged } from '@/lib/server/reader-pages-changed';
import { redirect } from 'next/navigation';
import { correctArticleSchema, createArticleSchema, moveArticleSchema, updateArticleSchema } from '@/lib/schemas/article';
import { correctArticle } from '@/lib/server/article/correct-article';
import { createArticle } from '@/lib/server/article/create-article';
import { updateArticle } from '@/lib/server/article/update-article';
import { moveArticle } from '@/lib/server/article/move-article';
import { restoreRevision } from '@/lib/server/article/restore-revision';
import { requestReaderPdfsOfArticle } from '@/lib/server/reader/reader-pdf';
import { restoreRevisionSchema } from '@/lib/schemas/article-editing';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { getTranslations } from '@/lib/i18n/server';

export async function createArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: createArticleSchema, work: createArticle });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/articles');
  redirect(`/newsroom/articles/${outcome.result.id}?saved=1`);
}

export async function updateArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: updateArticleSchema, work: updateArticle });
  if (!outcome.ok) return outcome.state;
  const t = await getTranslations('articles');
  revalidatePath(`/newsroom/articles/${outcome.result.id}`);
  return {
    status: 'success',
    message: t('saved'),
    values: { ...Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>, version: String(outcome.result.version) },
  };
}

/** 交稿, 编辑完成, 送组版 and 退稿: one form per move, each naming the state the person saw. */
export async function moveArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({
    formData,
    schema: moveArticleSchema,
    work: async ({ actor, input }) => {
      await moveArticle({ actor, articleId: input.id, move: input.move, from: input.from, reason: input.reason });
      return input;
    },
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom', 'layout');
  // The buttons change with the state, so the confirmation lives on the page.
  redirect(`/newsroom/articles/${outcome.result.id}?moved=${outcome.result.move}`);
}

export async function correctArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: correctArticleSchema, work: correctArticle });
  if (!outcome.ok) return outcome.state;
  // Readers see the corrected story and its note at once.
  await readerPagesChanged();
  // The readers' PDFs of the issues it is printed in are rendered again (their key covers the story).
  await requestReaderPdfsOfArticle({ articleId: outcome.result.id });
  redirect(`/newsroom/articles/${outcome.result.id}?corrected=1`);
}

/** Brings back an older revision as the newest one; the versions in between stay in the history. */
export async function restoreRevisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: restoreRevisionSchema, work: restoreRevision });
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/newsroom/articles/${outcome.result.id}`);
  redirect(`/newsroom/articles/${outcome.result.id}/revisions?restored=1`);
}
