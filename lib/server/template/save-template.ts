import 'server-only';
import { db } from '@/lib/db';
import { gridOf, templateProblems, type SlotProblem } from '@/lib/domain/page-templates';
import { AppError, notFound } from '@/lib/errors';
import type { SaveTemplateInput } from '@/lib/schemas/template';
import { recordAudit } from '../audit';
import { uniqueViolationTarget } from '../prisma-errors';
import { assertCan, type Actor } from '../session';

/** The first problem as a translated refusal naming the slot (errors.slot*). */
export function templateRefusal(problem: SlotProblem): AppError {
  switch (problem.reason) {
    case 'noSlots':
      return new AppError('INVALID', 'templateNoSlots');
    case 'tooManySlots':
      return new AppError('INVALID', 'tooManySlots');
    case 'nameRequired':
      return new AppError('INVALID', 'slotNameRequired');
    case 'nameTooLong':
      return new AppError('INVALID', 'slotNameTooLong');
    case 'duplicateName':
      return new AppError('INVALID', 'slotNameTaken', { name: problem.name });
    case 'offGrid':
      return new AppError('INVALID', 'slotOffPage', { name: problem.name });
    case 'overlap':
      return new AppError('INVALID', 'slotsOverlap', { name: problem.name, other: problem.other });
  }
}

/**
 * Saves a template drawn in the editor: new, or a change to one based on the
 * version the editor loaded. The layout is checked against the publication's
 * grid here, whatever the browser said. Pages already created keep their slots.
 */
export async function saveTemplate({ actor, input }: { actor: Actor; input: SaveTemplateInput }) {
  const { publicationId } = input;
  const publication = await db.publication.findUnique({ where: { id: publicationId }, select: { id: true, pageFormat: true } });
  if (!publication) throw notFound();
  // The template's publication: a template id of another paper is not found below (its publicationId is in every where).
  assertCan(actor, 'template.manage', publication.id);
  const [problem] = templateProblems(input.slots, gridOf(publication.pageFormat));
  if (problem) throw templateRefusal(problem);
  const slots = input.slots.map((slot) => ({ ...slot, name: slot.name.trim() }));
  try {
    return await db.$transaction(async (tx) => {
      if (!input.templateId) {
        const created = await tx.pageTemplate.create({ data: { publicationId, name: input.name, front: input.front, slots }, select: { id: true, version: true } });
        await recordAudit(tx, { actor, action: 'template.create', entityType: 'template', entityId: created.id, details: { name: input.name } });
        return created;
      }
      const updated = await tx.pageTemplate.updateMany({
        where: { id: input.templateId, publicationId, version: input.version ?? -1 },
        data: { name: input.name, front: input.front, slots, version: { increment: 1 } },
      });
      if (updated.count === 0) {
        const exists = await tx.pageTemplate.count({ where: { id: input.templateId, publicationId } });
        throw exists ? new AppError('CONFLICT', 'templateChangedElsewhere') : notFound();
      }
      await recordAudit(tx, { actor, action: 'template.update', entityType: 'template', entityId: input.templateId, details: { name: input.name } });
      return tx.pageTemplate.findUniqueOrThrow({ where: { id: input.templateId }, select: { id: true, version: true } });
    });
  } catch (error) {
    if (uniqueViolationTarget(error)) throw new AppError('CONFLICT', 'templateNameTaken', { name: input.name });
    throw error;
  }
}
