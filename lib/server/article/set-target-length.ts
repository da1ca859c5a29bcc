import 'server-only';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';

/** 目标字数: the editor sets (or clears) how long the story should be. */
export async function setTargetLength({ actor, input }: { actor: Actor; input: { id: string; targetLength: number | null } }) {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.id }, select: { publicationId: true } });
    if (!article) throw notFound();
    assertCan(actor, 'article.setTarget', article.publicationId);
    const updated = await tx.article.updateMany({ where: { id: input.id }, data: { targetLength: input.targetLength } });
    if (updated.count === 0) throw notFound();
    await recordAudit(tx, { actor, action: 'article.setTarget', entityType: 'article', entityId: input.id, details: { targetLength: input.targetLength } });
    return input;
  });
}
