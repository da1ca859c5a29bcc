import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';

/** A proofreader (校对) marks an error on a page proof, without editing anything. */
export async function addProofMark({ actor, pageId, articleId, note }: { actor: Actor; pageId: string; articleId: string | null; note: string }) {
  await db.$transaction(async (tx) => {
    const page = await tx.page.findUnique({ where: { id: pageId }, select: { number: true, issueId: true, issue: { select: { status: true, publicationId: true } } } });
    if (!page) throw notFound();
    assertCan(actor, 'page.markProof', page.issue.publicationId);
    if (page.issue.status === 'PUBLISHED') throw new AppError('CONFLICT', 'issueLocked');
    if (articleId && !(await tx.placement.count({ where: { articleId, slot: { pageId } } }))) throw new AppError('INVALID', 'storyNotOnPage');
    const mark = await tx.proofMark.create({ data: { pageId, articleId, note, authorId: actor.id }, select: { id: true } });
    await recordAudit(tx, { actor, action: 'page.markProof', entityType: 'issue', entityId: page.issueId, details: { page: page.number, markId: mark.id, note } });
  });
}

/** The page editor marks a proof note as dealt with. */
export async function resolveProofMark({ actor, markId }: { actor: Actor; markId: string }) {
  await db.$transaction(async (tx) => {
    const mark = await tx.proofMark.findUnique({ where: { id: markId }, select: { page: { select: { issueId: true, number: true, issue: { select: { publicationId: true } } } } } });
    if (!mark) throw notFound();
    assertCan(actor, 'issue.plan', mark.page.issue.publicationId);
    await tx.proofMark.updateMany({ where: { id: markId, resolvedAt: null }, data: { resolvedAt: new Date() } });
    await recordAudit(tx, { actor, action: 'page.resolveMark', entityType: 'issue', entityId: mark.page.issueId, details: { page: mark.page.number, markId } });
  });
}
