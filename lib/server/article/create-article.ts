import 'server-only';
import { db } from '@/lib/db';
import { bodyPlainText } from '@/lib/tiptap/body';
import type { CreateArticleInput } from '@/lib/schemas/article';
import { recordAudit } from '../audit';
import { assertCan, currentPublicationOf, type Actor } from '../session';
import { bylineRows } from './bylines';
import { recordRevision, snapshotOf } from './record-revision';
import { syncArticleMedia } from '../media/sync-article-media';
import { contentOfSharedState, keepSharedState } from '../collab/shared-story-state';

export async function createArticle({ actor, input }: { actor: Actor; input: CreateArticleInput }) {
  // A new story belongs to the paper the newsroom is showing (validated against the memberships).
  const publicationId = currentPublicationOf(actor);
  assertCan(actor, 'article.write', publicationId);
  const { sharedState, ...typed } = input;
  // The editor's shared document, when it came along and reads: the story is what it says.
  const fromDocument = sharedState ? contentOfSharedState(sharedState) : null;
  const content = fromDocument ?? typed;
  const { bylines, body, ...fields } = content;
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ...fields,
        body,
        bodyText: bodyPlainText(body),
        authorId: actor.id,
        publicationId,
        bylines: { create: await bylineRows(tx, bylines, publicationId) },
      },
      select: { id: true, version: true },
    });
    await recordRevision(tx, { actor, articleId: article.id, version: article.version, snapshot: snapshotOf({ ...content, bodyText: bodyPlainText(body) }) });
    await syncArticleMedia(tx, article.id, body);
    await recordAudit(tx, { actor, action: 'article.create', entityType: 'article', entityId: article.id });
    if (fromDocument) await keepSharedState(tx, article.id, sharedState!);
    return { ...article, sharedStateKept: !!fromDocument };
  });
}
