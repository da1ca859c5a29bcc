import 'server-only';
import { db } from '@/lib/db';
import { gridOf } from '@/lib/domain/page-templates';
import { notFound } from '@/lib/errors';
import { parseTemplateSlots } from '@/lib/schemas/template';
import { assertCan, currentPublicationOf, type Actor } from '../session';

/** A publication's page templates (版式; the current publication's unless told), oldest first, with its grid and page proportions. */
export async function listTemplates({ actor, publicationId }: { actor: Actor; publicationId?: string }) {
  const publication = await db.publication.findUnique({ where: { id: publicationId ?? currentPublicationOf(actor) }, select: { id: true, name: true, pageFormat: true } });
  if (!publication) throw notFound();
  assertCan(actor, 'template.read', publication.id);
  const templates = await db.pageTemplate.findMany({
    where: { publicationId: publication.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, front: true, slots: true, version: true, _count: { select: { pages: true } } },
  });
  const format = publication.pageFormat as { widthMm?: number; heightMm?: number };
  return {
    publication: { id: publication.id, name: publication.name },
    grid: gridOf(publication.pageFormat),
    /** Width over height of the printed page, for drawing it at its proportions. */
    aspect: format.widthMm && format.heightMm ? format.widthMm / format.heightMm : 297 / 420,
    templates: templates.map(({ _count, slots, ...template }) => ({ ...template, slots: parseTemplateSlots(slots), pageCount: _count.pages })),
  };
}

export type TemplateList = Awaited<ReturnType<typeof listTemplates>>;
export type TemplateView = TemplateList['templates'][number];
