import { rolesIn } from '@/lib/permissions';
import { allowedMoves } from '@/lib/server/article/article-access';
import { requirePagePermission } from '@/lib/server/page-guard';
import { EMPTY_BODY } from '@/lib/tiptap/body';
import { ArticleEditor } from '../_editor/article-editor';
import { collaborationFor } from '../_editor/collaboration-config';

export default async function NewArticlePage() {
  const actor = await requirePagePermission('article.write');
  const empty = { columnLabel: '', kicker: '', headline: '', subheadline: '', namesLine: '', dateline: '本报讯', source: '', credits: '' };
  // What the writer may do with the story once its first save makes it their draft (交稿).
  // requirePagePermission has checked article.write in the current publication, so there is one.
  const publicationId = actor.publicationId!;
  const movesOnceSaved = allowedMoves(actor, { authorId: actor.id, status: 'DRAFT', publicationId });
  const isReporterHere = rolesIn(actor, publicationId).includes('REPORTER');
  return (
    <div>
      <ArticleEditor collaboration={collaborationFor(actor)} newStory={{ movesOnceSaved }} initial={{ ...empty, bylines: isReporterHere ? actor.name : '', body: EMPTY_BODY }} editable />
    </div>
  );
}
