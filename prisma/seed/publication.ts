import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import { DEFAULT_PAGE_FORMAT } from '@/lib/domain/page-format';
import { seedTemplates } from './templates';

/** A fictional district paper for the demo. */
export const DEMO_PUBLICATION = {
  slug: 'wanghe',
  name: '望河报',
  nameTraditional: '望河報',
  romanizedName: 'WANGHEBAO',
  sponsor: '中共望河区委宣传部主办',
  publisher: '望河区融媒体中心出版',
  permitNumber: '示内资准字 0000—L0000号',
  website: 'https://news.wanghe.example',
  serviceStrip: '便民电话 | 政务服务:12345 燃气急修:96000 供水报修:96001 供电服务:95598',
  isDefault: true,
};

/** A demo paper (望河报 unless told) with its starting page templates (版式). */
export async function seedPublication(db: Database, paper: typeof DEMO_PUBLICATION = DEMO_PUBLICATION) {
  const publication = await db.publication.upsert({
    where: { slug: paper.slug },
    update: {},
    create: { ...paper, pageFormat: DEFAULT_PAGE_FORMAT },
  });
  await seedTemplates(db, publication.id);
  return publication;
}

/**
 * A new paper as an install starts it: the default page format and the starting
 * 版式, the same ones the demo paper gets. Used by the first-run setup.
 */
export async function createStartingPublication(
  tx: Pick<Prisma.TransactionClient, 'publication' | 'pageTemplate'>,
  data: { slug: string; name: string; isDefault: boolean },
) {
  const publication = await tx.publication.create({ data: { ...data, pageFormat: DEFAULT_PAGE_FORMAT } });
  await seedTemplates(tx, publication.id);
  return publication;
}
