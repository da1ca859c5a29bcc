import 'server-only';
import { db } from '@/lib/db';
import { bodyPlainText } from '@/lib/tiptap/body';
import type { CreateArticleInput } from '@/lib/schemas/article';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';
import { bylineRows } from './bylines';
import { recordRevision, snapshotOf } from './record-revision';
import { syncArticleMedia } from '../media/sync-article-media';

export async function createArticle({ actor, input }: { actor: Actor; input: CreateArticleInput }) {
  assertCan(actor, 'article.write');
  const { bylines, body, ...fields } = input;
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ...fields,
        body,
        bodyText: bodyPlainText(body),
        authorId: actor.id,
        bylines: { create: await bylineRows(tx, bylines) },
      },
      select: { id: true, version: true },
    });
    await recordRevision(tx, { actor, articleId: article.id, version: article.version, snapshot: snapshotOf({ ...input, bodyText: bodyPlainText(body) }) });
    await syncArticleMedia(tx, article.id, body);
    await recordAudit(tx, { actor, action: 'article.create', entityType: 'article', entityId: article.id });
    return article;
  });
}
