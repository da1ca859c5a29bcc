import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { readSnapshot } from '@/lib/domain/article-snapshot';
import { splitBylineNames } from '@/lib/domain/article-workflow';
import { parseBody } from '@/lib/tiptap/body';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { canEditArticle } from './article-access';
import { recordRevision } from './record-revision';
import { saveArticleVersion } from './save-article-version';
import { withdrawSignatures } from '../issue/issue-guards';
import { isInIssueGoneOut, lockArticleForWrite } from './lock-article';
import { AppError } from '@/lib/errors';
import { writeColumnsToSharedState } from '../collab/shared-story-state';

/**
 * Brings back an older revision as a new one on top of the version the person
 * saw (`version`), so nothing in between is lost: it stays in the history.
 */
export async function restoreRevision({ actor, input }: { actor: Actor; input: { id: string; revisionId: string; version: number } }) {
  return db.$transaction(async (tx) => {
    const article = await lockArticleForWrite(tx, input.id);
    if (!canEditArticle(actor, article)) throw forbidden();
    if (isInIssueGoneOut(article)) throw new AppError('CONFLICT', 'articleLockedBySignOff');
    const revision = await tx.articleRevision.findFirst({ where: { id: input.revisionId, articleId: input.id }, select: { version: true, snapshot: true } });
    if (!revision) throw notFound();
    const snapshot = readSnapshot(revision.snapshot);
    const body = parseBody(snapshot.body);
    if (!body) throw new AppError('INVALID', 'bodyInvalid');
    const nullable = (value: string) => value || null;
    const version = await saveArticleVersion(tx, {
      id: input.id,
      version: input.version,
      columnLabel: nullable(snapshot.columnLabel),
      kicker: nullable(snapshot.kicker),
      headline: snapshot.headline,
      subheadline: nullable(snapshot.subheadline),
      namesLine: nullable(snapshot.namesLine),
      dateline: nullable(snapshot.dateline),
      bylines: splitBylineNames(snapshot.bylines),
      source: nullable(snapshot.source),
      credits: nullable(snapshot.credits),
      body,
    }, article.publicationId);
    await recordRevision(tx, { actor, articleId: input.id, version, snapshot, restoredFromVersion: revision.version });
    for (const placement of article.placements) {
      await withdrawSignatures(tx, { actor, issueId: placement.slot.page.issueId, pageIds: [placement.slot.pageId] });
    }
    // Everyone with the story open sees the change as an edit.
    await writeColumnsToSharedState(tx, input.id);
    await recordAudit(tx, { actor, action: 'article.restore', entityType: 'article', entityId: input.id, details: { version, restoredFromVersion: revision.version } });
    return { id: input.id, version };
  });
}
