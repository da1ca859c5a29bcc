import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';

/** A proofreader (校对) marks an error on a page proof, without editing anything. */
export async function addProofMark({ actor, pageId, articleId, note }: { actor: Actor; pageId: string; articleId: string | null; note: string }) {
  assertCan(actor, 'page.markProof');
  await db.$transaction(async (tx) => {
    const page = await tx.page.findUnique({ where: { id: pageId }, select: { number: true, issueId: true, issue: { select: { status: true } } } });
    if (!page) throw notFound();
    if (page.issue.status === 'PUBLISHED') throw new AppError('CONFLICT', 'issueLocked');
    if (articleId && !(await tx.placement.count({ where: { articleId, slot: { pageId } } }))) throw new AppError('INVALID', 'storyNotOnPage');
    const mark = await tx.proofMark.create({ data: { pageId, articleId, note, authorId: actor.id }, select: { id: true } });
    await recordAudit(tx, { actor, action: 'page.markProof', entityType: 'issue', entityId: page.issueId, details: { page: page.number, markId: mark.id, note } });
  });
}

/** The page editor marks a proof note as dealt with. */
export async function resolveProofMark({ actor, markId }: { actor: Actor; markId: string }) {
  assertCan(actor, 'issue.plan');
  await db.$transaction(async (tx) => {
    const mark = await tx.proofMark.findUnique({ where: { id: markId }, select: { page: { select: { issueId: true, number: true } } } });
    if (!mark) throw notFound();
    await tx.proofMark.updateMany({ where: { id: markId, resolvedAt: null }, data: { resolvedAt: new Date() } });
    await recordAudit(tx, { actor, action: 'page.resolveMark', entityType: 'issue', entityId: mark.page.issueId, details: { page: mark.page.number, markId } });
  });
}
