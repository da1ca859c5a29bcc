import type { Database } from '@/lib/prisma-client';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { bodyFromParagraphs, bodyPlainText } from '@/lib/tiptap/body';
import type { DemoStory } from './demo-stories';
import { DEMO_FIGURES, seedFigureImage } from './media';

/** Creates a story as its first reporter (or `fallbackAuthorId`) would have written it. */
export async function seedArticle(
  db: Database,
  options: { story: DemoStory; status: ArticleStatus; staffIdsByName: Map<string, string>; fallbackAuthorId: string; publicationId: string },
) {
  const { story, status, staffIdsByName, fallbackAuthorId, publicationId } = options;
  const body = bodyFromParagraphs(story.paragraphs);
  const authorId = staffIdsByName.get(story.reporters[0] ?? '') ?? fallbackAuthorId;
  // A photo after the first paragraph, for the stories that have one.
  const figure = DEMO_FIGURES[story.headline];
  const figureAttrs = figure ? await seedFigureImage(db, { figure, uploaderId: authorId, name: `${story.headline}.jpg` }) : null;
  if (figureAttrs) body.content!.splice(1, 0, { type: 'figure', attrs: figureAttrs });
  return db.article.create({
    data: {
      columnLabel: story.columnLabel ?? null,
      kicker: story.kicker ?? null,
      headline: story.headline,
      subheadline: story.subheadline ?? null,
      namesLine: story.namesLine ?? null,
      dateline: story.dateline ?? null,
      source: story.source ?? null,
      credits: story.credits ?? null,
      body,
      bodyText: bodyPlainText(body),
      status,
      publicationId,
      authorId,
      bylines: {
        create: story.reporters.map((name, position) => ({ position, name, staffId: staffIdsByName.get(name) ?? null })),
      },
      media: figureAttrs ? { create: [{ mediaId: figureAttrs.mediaId }] } : undefined,
    },
    select: { id: true },
  });
}
