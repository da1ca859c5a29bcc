'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { correctArticleSchema, createArticleSchema, updateArticleSchema, articleIdSchema } from '@/lib/schemas/article';
import { correctArticle } from '@/lib/server/article/correct-article';
import { createArticle } from '@/lib/server/article/create-article';
import { updateArticle } from '@/lib/server/article/update-article';
import { fileArticle } from '@/lib/server/article/file-article';
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

export async function fileArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({
    formData,
    schema: articleIdSchema,
    work: async ({ actor, input }) => {
      await fileArticle({ actor, articleId: input.id });
      return input.id;
    },
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom', 'layout');
  // The file button goes away with the draft state, so the confirmation lives on the page.
  redirect(`/newsroom/articles/${outcome.result}?filed=1`);
}

export async function correctArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: correctArticleSchema, work: correctArticle });
  if (!outcome.ok) return outcome.state;
  // Readers see the corrected story and its note at once.
  revalidatePath('/', 'layout');
  redirect(`/newsroom/articles/${outcome.result.id}?corrected=1`);
}
