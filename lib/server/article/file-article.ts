import 'server-only';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound } from '@/lib/errors';
import { FILEABLE } from '@/lib/domain/article-workflow';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';

/** 交稿: the author sends their story to the desk. */
export async function fileArticle({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, 'article.file');
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true } });
    if (!article) throw notFound();
    if (article.authorId !== actor.id) throw forbidden();
    const moved = await tx.article.updateMany({
      where: { id: articleId, status: { in: [...FILEABLE] } },
      data: { status: 'FILED', sentBackReason: null },
    });
    if (moved.count === 0) throw new AppError('CONFLICT', 'articleNotFileable');
    await recordAudit(tx, { actor, action: 'article.file', entityType: 'article', entityId: articleId, details: { from: article.status } });
  });
}
