import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { PageFormat } from '@/lib/domain/page-format';
import { parseTemplateSlots } from '@/lib/schemas/template';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';

/**
 * Sets a publication's page format for the issues made from now on: each issue
 * keeps the format it was made with, so nothing already laid out, signed or
 * published re-flows. Templates are drawn on the publication's grid and new
 * pages copy them, so a grid smaller than a template uses is refused.
 */
export async function updatePageFormat({ actor, publicationId, format }: { actor: Actor; publicationId: string; format: PageFormat }) {
  assertCan(actor, 'publication.manage');
  const publication = await db.publication.findUnique({ where: { id: publicationId }, select: { id: true } });
  if (!publication) throw notFound();
  const templates = await db.pageTemplate.findMany({ where: { publicationId }, select: { slots: true } });
  const slots = templates.flatMap((template) => parseTemplateSlots(template.slots));
  const extent = {
    columns: Math.max(0, ...slots.map((slot) => slot.column + slot.columns - 1)),
    rows: Math.max(0, ...slots.map((slot) => slot.row + slot.rows - 1)),
  };
  if (extent.columns > format.columns || extent.rows > format.rows) {
    throw new AppError('INVALID', 'formatGridTooSmall', extent);
  }
  await db.$transaction(async (tx) => {
    await tx.publication.update({ where: { id: publicationId }, data: { pageFormat: format } });
    await recordAudit(tx, { actor, action: 'publication.pageFormat', entityType: 'publication', entityId: publicationId, details: format });
  });
}
