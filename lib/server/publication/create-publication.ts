import 'server-only';
import { db } from '@/lib/db';
import { DEFAULT_PAGE_FORMAT } from '@/lib/domain/page-format';
import { AppError } from '@/lib/errors';
import type { PublicationSettingsInput } from '@/lib/schemas/publication';
import { recordAudit } from '../audit';
import { uniqueViolationTarget } from '../prisma-errors';
import { assertCan, type Actor } from '../session';
import { settingsData } from './publication-fields';
import { seedTemplates } from '@/prisma/seed/templates';

/**
 * Creates a publication on the default page format with the starting templates
 * (版式), so its first issue can be planned at once. Exactly one publication is
 * the one `/` shows: the first made always is, and a new one marked so takes
 * over from the old in the same transaction.
 */
export async function createPublication({ actor, input }: { actor: Actor; input: PublicationSettingsInput }) {
  assertCan(actor, 'publication.manage');
  try {
    return await db.$transaction(async (tx) => {
      const isDefault = input.isDefault || (await tx.publication.count()) === 0;
      if (isDefault) await tx.publication.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
      const publication = await tx.publication.create({
        data: { ...settingsData(input), isDefault, pageFormat: DEFAULT_PAGE_FORMAT },
        select: { id: true, slug: true },
      });
      // The same starting templates as the demo's and the first-run paper's.
      await seedTemplates(tx, publication.id);
      await recordAudit(tx, { actor, action: 'publication.create', entityType: 'publication', entityId: publication.id, details: { ...settingsData(input), isDefault } });
      return publication;
    });
  } catch (error) {
    const target = uniqueViolationTarget(error);
    if (target?.includes('slug')) throw new AppError('CONFLICT', 'slugTaken', { slug: input.slug });
    throw error;
  }
}
