import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';

async function pageUnderReview(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], pageId: string, actor: Actor) {
  const page = await tx.page.findUnique({ where: { id: pageId }, select: { number: true, issueId: true, issue: { select: { publicationId: true } } } });
  if (!page) throw notFound();
  assertCan(actor, 'issue.signOff', page.issue.publicationId);
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Issue" WHERE id = ${page.issueId} FOR UPDATE`;
  if (rows[0]?.status !== 'AWAITING_SIGN_OFF') throw new AppError('CONFLICT', 'issueNotAwaitingSignOff');
  return page;
}

/** 签版: the chief editor signs one page of an issue under review. */
export async function signPage({ actor, pageId }: { actor: Actor; pageId: string }) {
  await db.$transaction(async (tx) => {
    const page = await pageUnderReview(tx, pageId, actor);
    await tx.page.update({ where: { id: pageId }, data: { signedAt: new Date(), signedById: actor.id, sentBackReason: null, sentBackAt: null } });
    await recordAudit(tx, { actor, action: 'page.sign', entityType: 'issue', entityId: page.issueId, details: { page: page.number } });
  });
}

/**
 * Sends one page back to its page editor with a reason, optionally pinned to a
 * story on it as a proof note. The page editor sees it on the issue board.
 */
export async function sendBackPage({ actor, pageId, reason, articleId }: { actor: Actor; pageId: string; reason: string; articleId: string | null }) {
  await db.$transaction(async (tx) => {
    const page = await pageUnderReview(tx, pageId, actor);
    if (articleId) {
      const onPage = await tx.placement.count({ where: { articleId, slot: { pageId } } });
      if (!onPage) throw new AppError('INVALID', 'storyNotOnPage');
      await tx.proofMark.create({ data: { pageId, articleId, note: reason, authorId: actor.id } });
    }
    await tx.page.update({ where: { id: pageId }, data: { signedAt: null, signedById: null, sentBackReason: reason, sentBackAt: new Date() } });
    await recordAudit(tx, { actor, action: 'page.sendBack', entityType: 'issue', entityId: page.issueId, details: { page: page.number, reason, articleId } });
  });
}
