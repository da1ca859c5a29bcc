import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { UpdatePublicationInput } from '@/lib/schemas/publication';
import { recordAudit } from '../audit';
import { removeMediaFiles } from '../media/media-store';
import { uniqueViolationTarget } from '../prisma-errors';
import { assertCan, type Actor } from '../session';
import { storeNameplateImage, type NameplateUpload } from './nameplate';
import { settingsData } from './publication-fields';

/**
 * Saves a publication's settings and, when one is given, its new nameplate.
 * The save names the version the form was filled from; if another admin saved
 * in between nothing is written and the admin is told. Issues already made keep
 * their masthead and format (both are snapshotted on the issue).
 */
export async function updatePublication({ actor, input, nameplate }: { actor: Actor; input: UpdatePublicationInput; nameplate?: NameplateUpload | null }) {
  assertCan(actor, 'publication.manage');
  const existing = await db.publication.findUnique({ where: { id: input.id }, select: { id: true, isDefault: true, version: true } });
  if (!existing) throw notFound();
  if (existing.version !== input.version) throw new AppError('CONFLICT', 'publicationChanged');
  if (existing.isDefault && !input.isDefault) throw new AppError('INVALID', 'defaultPublicationRequired');
  // The image is checked and re-encoded before the transaction: a refused file changes nothing.
  const image = nameplate ? await storeNameplateImage({ uploaderId: actor.id, upload: nameplate }) : null;
  try {
    return await db.$transaction(async (tx) => {
      if (input.isDefault && !existing.isDefault) await tx.publication.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
      const media = image ? await image.save(tx) : null;
      const data = {
        ...settingsData(input),
        isDefault: input.isDefault,
        ...(media ? { nameplateMediaId: media.id } : input.removeNameplate ? { nameplateMediaId: null } : {}),
        version: { increment: 1 },
      };
      const { count } = await tx.publication.updateMany({ where: { id: input.id, version: input.version }, data });
      if (count === 0) throw new AppError('CONFLICT', 'publicationChanged');
      const { version: _v, id: _id, removeNameplate, ...details } = input;
      await recordAudit(tx, {
        actor,
        action: 'publication.update',
        entityType: 'publication',
        entityId: input.id,
        details: { ...details, nameplate: media ? media.id : removeNameplate ? null : 'unchanged', version: input.version + 1 },
      });
      return { id: input.id, version: input.version + 1 };
    });
  } catch (error) {
    if (image) await removeMediaFiles(image.mediaId).catch(() => undefined);
    const target = uniqueViolationTarget(error);
    if (target?.includes('slug')) throw new AppError('CONFLICT', 'slugTaken', { slug: input.slug });
    throw error;
  }
}
