import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { CorrectArticleInput } from '@/lib/schemas/article';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';
import { saveArticleVersion } from './save-article-version';
import { recordRevision, snapshotOf } from './record-revision';
import { bodyPlainText } from '@/lib/tiptap/body';
import { writeColumnsToSharedState } from '../collab/shared-story-state';

/**
 * 更正: changes a published story and tells readers so. The story as it was is
 * kept in the correction row, so the original stays in the history.
 */
export async function correctArticle({ actor, input }: { actor: Actor; input: CorrectArticleInput }) {
  const { note, startRevision: _startRevision, ...edit } = input;
  const { id } = edit;
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id },
      include: { bylines: { orderBy: { position: 'asc' }, select: { name: true } } },
    });
    if (!article) throw notFound();
    assertCan(actor, 'article.correct', article.publicationId);
    if (article.status !== 'PUBLISHED') throw new AppError('CONFLICT', 'articleNotPublished');
    const version = await saveArticleVersion(tx, edit, article.publicationId);
    // A correction is its own revision, never joined to earlier writing.
    await recordRevision(tx, { actor, articleId: id, version, snapshot: snapshotOf({ ...edit, bodyText: bodyPlainText(edit.body) }), startNew: true });
    const { columnLabel, kicker, headline, subheadline, namesLine, dateline, source, credits } = article;
    const previous = { columnLabel, kicker, headline, subheadline, namesLine, dateline, source, credits, bylines: article.bylines.map((b) => b.name), body: article.body ?? null, version: article.version };
    await tx.articleCorrection.create({ data: { articleId: id, note, previous, createdById: actor.id } });
    // Everyone with the story open sees the change as an edit.
    await writeColumnsToSharedState(tx, id);
    await recordAudit(tx, { actor, action: 'article.correct', entityType: 'article', entityId: id, details: { note } });
    return { id, version };
  });
}
