'use server';

// The editor's background calls: a new story's first save, comments, target length.
// Each goes through runFormAction, so the session and input are checked on the
// server like any form, and the data-access function checks the permission.
import { revalidatePath } from 'next/cache';
import { createArticleSchema, updateArticleSchema } from '@/lib/schemas/article';
import { addCommentSchema, resolveCommentSchema, targetLengthSchema } from '@/lib/schemas/article-editing';
import { AppError } from '@/lib/errors';
import { createArticle } from '@/lib/server/article/create-article';
import { updateArticle } from '@/lib/server/article/update-article';
import { getArticle } from '@/lib/server/article/get-article';
import { addComment } from '@/lib/server/article/add-comment';
import { resolveComment } from '@/lib/server/article/resolve-comment';
import { latestRevisionAuthor } from '@/lib/server/article/latest-revision-author';
import { setTargetLength } from '@/lib/server/article/set-target-length';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { getTranslations } from '@/lib/i18n/server';
import type { ArticleFormValues } from './article-form-values';
import { articleFormValues } from './article-form-values';

export type SaveResult =
  | { status: 'saved'; id: string; version: number; savedAt: string; sharedStateKept?: boolean }
  | { status: 'conflict'; theirs: ArticleFormValues; savedBy: string | null; savedAt: string | null }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string> };

/**
 * One save, made by the autosave timer, Ctrl+S or the 保存 button: creates the
 * story the first time, then saves on top of the version the writer had. When
 * someone else saved in between, nothing is written and their version is sent
 * back so the writer can choose.
 */
export async function saveArticleDraftAction(formData: FormData): Promise<SaveResult> {
  const isNew = !formData.get('id');
  const outcome = isNew
    ? await runFormAction({ formData, schema: createArticleSchema, work: async ({ actor, input }) => ({ conflict: false as const, ...(await createArticle({ actor, input })) }) })
    : await runFormAction({
        formData,
        schema: updateArticleSchema,
        work: async ({ actor, input }) => {
          try {
            return { conflict: false as const, ...(await updateArticle({ actor, input })) };
          } catch (error) {
            if (!(error instanceof AppError && error.messageKey === 'articleChangedElsewhere')) throw error;
            const theirs = await getArticle({ actor, articleId: input.id });
            const last = await latestRevisionAuthor({ actor, articleId: input.id });
            return { conflict: true as const, theirs: articleFormValues(theirs), savedBy: last?.name ?? null, savedAt: (last?.at ?? theirs.updatedAt).toISOString() };
          }
        },
      });
  if (!outcome.ok) return { status: 'error', message: outcome.state.message ?? '', fieldErrors: outcome.state.fieldErrors };
  const result = outcome.result;
  if (result.conflict) return { status: 'conflict', theirs: result.theirs, savedBy: result.savedBy, savedAt: result.savedAt };
  // No revalidatePath here: it would re-render the page under the writer's cursor.
  // Newsroom lists are dynamic and read fresh on every visit anyway.
  return { status: 'saved', id: result.id, version: result.version, savedAt: new Date().toISOString(), sharedStateKept: 'sharedStateKept' in result ? result.sharedStateKept : undefined };
}

export type CommentResult = { ok: true; comment: { id: string; quote: string; body: string; createdAt: string; author: string } } | { ok: false; message: string };

export async function addCommentAction(formData: FormData): Promise<CommentResult> {
  const outcome = await runFormAction({ formData, schema: addCommentSchema, work: addComment });
  if (!outcome.ok) return { ok: false, message: outcome.state.fieldErrors?.body ?? outcome.state.fieldErrors?.quote ?? outcome.state.message ?? '' };
  const { id, quote, body, createdAt, author } = outcome.result;
  return { ok: true, comment: { id, quote, body, createdAt: createdAt.toISOString(), author: author.name } };
}

export async function resolveCommentAction(formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: resolveCommentSchema, work: resolveComment });
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/newsroom/articles/${outcome.result.articleId}`);
  return { status: 'success' };
}

export async function setTargetLengthAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: targetLengthSchema, work: setTargetLength });
  if (!outcome.ok) return outcome.state;
  const t = await getTranslations('articles');
  revalidatePath(`/newsroom/articles/${outcome.result.id}`);
  return { status: 'success', message: t('targetSaved') };
}
