import 'server-only';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound } from '@/lib/errors';
import type { UpdateArticleInput } from '@/lib/schemas/article';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { canEditArticle } from './article-access';
import { saveArticleVersion } from './save-article-version';
import { recordRevision, snapshotOf } from './record-revision';
import { bodyPlainText } from '@/lib/tiptap/body';
import { withdrawSignatures } from '../issue/issue-guards';
import { isInIssueGoneOut, lockArticleForWrite } from './lock-article';
import { writeColumnsToSharedState } from '../collab/shared-story-state';

/**
 * Saves an edit made on top of `input.version`. If someone else saved in
 * between, nothing is written and CONFLICT is thrown, so no edit is overwritten.
 */
export async function updateArticle({ actor, input }: { actor: Actor; input: UpdateArticleInput }) {
  const { id, startRevision, ...edit } = input;
  return db.$transaction(async (tx) => {
    const article = await lockArticleForWrite(tx, id);
    if (!canEditArticle(actor, article)) throw forbidden();
    if (isInIssueGoneOut(article)) throw new AppError('CONFLICT', 'articleLockedBySignOff');
    const version = await saveArticleVersion(tx, { ...edit, id }, article.publicationId);
    const { startedRevision } = await recordRevision(tx, { actor, articleId: id, version, snapshot: snapshotOf({ ...input, bodyText: bodyPlainText(input.body) }), startNew: startRevision });
    // Changing a story on a signed page withdraws that page's signature.
    for (const placement of article.placements) {
      await withdrawSignatures(tx, { actor, issueId: placement.slot.page.issueId, pageIds: [placement.slot.pageId] });
    }
    // Everyone with the story open sees the change as an edit.
    await writeColumnsToSharedState(tx, id);
    if (startedRevision) await recordAudit(tx, { actor, action: 'article.update', entityType: 'article', entityId: id, details: { version } });
    return { id, version };
  });
}
