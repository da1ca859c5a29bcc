import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { PageFormat } from '@/lib/domain/page-format';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';

/**
 * Sets a publication's page format. Slots are stored on the grid's columns and
 * rows, so a grid smaller than the pages already laid out on it is refused
 * rather than pushing their stories off the page.
 */
export async function updatePageFormat({ actor, publicationId, format }: { actor: Actor; publicationId: string; format: PageFormat }) {
  assertCan(actor, 'publication.manage');
  const publication = await db.publication.findUnique({ where: { id: publicationId }, select: { id: true } });
  if (!publication) throw notFound();
  const [extent] = await db.$queryRaw<{ columns: number | null; rows: number | null }[]>`
    SELECT max(s."column" + s.columns - 1)::int AS columns, max(s."row" + s.rows - 1)::int AS rows
    FROM "Slot" s JOIN "Page" p ON p.id = s."pageId" JOIN "Issue" i ON i.id = p."issueId"
    WHERE i."publicationId" = ${publicationId}`;
  if ((extent.columns ?? 0) > format.columns || (extent.rows ?? 0) > format.rows) {
    throw new AppError('INVALID', 'formatGridTooSmall', { columns: extent.columns ?? 0, rows: extent.rows ?? 0 });
  }
  await db.$transaction(async (tx) => {
    await tx.publication.update({ where: { id: publicationId }, data: { pageFormat: format } });
    await recordAudit(tx, { actor, action: 'publication.pageFormat', entityType: 'publication', entityId: publicationId, details: format });
  });
}
