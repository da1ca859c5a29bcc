import type { Prisma } from '@/lib/generated/prisma/client';
import { SEED_TEMPLATES } from '@/lib/domain/page-templates';

/** The publication's starting 版式, oldest first in the order of SEED_TEMPLATES (that order picks the defaults). */
/** Takes the client or a transaction (the first-run setup creates them with its administrator). */
export async function seedTemplates(db: Pick<Prisma.TransactionClient, 'pageTemplate'>, publicationId: string) {
  const base = Date.now() - SEED_TEMPLATES.length * 1000;
  for (const [index, template] of SEED_TEMPLATES.entries()) {
    await db.pageTemplate.upsert({
      where: { publicationId_name: { publicationId, name: template.name } },
      update: {},
      create: { publicationId, name: template.name, front: template.front, slots: template.slots, createdAt: new Date(base + index * 1000) },
    });
  }
  return db.pageTemplate.findMany({ where: { publicationId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}
