import Link from 'next/link';
import { ArticleStatusBadge } from '@/components/newsroom/article-status-badge';
import { ARTICLE_MOVES, type ArticleMove } from '@/lib/domain/article-workflow';
import { getTranslations } from '@/lib/i18n/server';
import { allows } from '@/lib/permissions';
import { getArticle } from '@/lib/server/article/get-article';
import { getArticleHistory } from '@/lib/server/article/get-article-history';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { ArticleEditor } from '../_editor/article-editor';
import { listComments } from '@/lib/server/article/list-comments';
import { articleFormValues } from '../article-form-values';
import { ArticleHistory } from './article-history';
import { collaborationFor } from '../_editor/collaboration-config';
import { ArticleMoves } from './article-moves';

type SearchParams = { moved?: string | string[]; corrected?: string };

export default async function EditArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('newsroom.enter');
  const [{ id }, { moved, corrected }] = await Promise.all([params, searchParams]);
  const [article, history, comments] = await loadPageData(
    Promise.all([getArticle({ actor, articleId: id }), getArticleHistory({ actor, articleId: id }), listComments({ actor, articleId: id })]),
  );
  const t = await getTranslations('articles');
  const movedNotice = ARTICLE_MOVES.includes(moved as ArticleMove) ? (moved as ArticleMove) : null;
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
        <ArticleStatusBadge status={article.status} />
        <span className="text-sm text-neutral-500">{t('version', { version: article.version })}</span>
        <Link href={`/newsroom/articles/${article.id}/revisions`} className="rounded border border-neutral-300 px-3 py-1.5 text-sm hover:bg-neutral-100">
          {t('revisions.link')}
        </Link>
        <Link href={`/newsroom/articles/${article.id}/preview`} className="rounded border border-neutral-300 px-3 py-1.5 text-sm hover:bg-neutral-100">
          {t('preview.link')}
        </Link>
        {article.status === 'PUBLISHED' && allows(actor, 'article.correct', article.publicationId) && (
          <Link href={`/newsroom/articles/${article.id}/correct`} className="rounded border border-neutral-300 px-3 py-1.5 text-sm hover:bg-neutral-100">
            {t('correct')}
          </Link>
        )}
      </div>
      {movedNotice && <p role="status" className="mb-3 text-sm text-green-800">{t(`moved.${movedNotice}`)}</p>}
      {corrected && <p role="status" className="mb-3 text-sm text-green-800">{t('corrected')}</p>}
      {article.status === 'SENT_BACK' && article.sentBackReason && (
        <p data-testid="sent-back-reason" className="mb-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm">
          {t('sentBackReason', { reason: article.sentBackReason })}
        </p>
      )}
      <ArticleMoves articleId={article.id} status={article.status} moves={article.moves} />
      {!article.editable && <p className="mb-3 text-sm text-neutral-600">{t('readOnly')}</p>}
      <ArticleEditor
        // A workflow move changes what may be edited: start the editor afresh then.
        key={`${article.id}-${article.status}`}
        editable={article.editable}
        initial={articleFormValues(article)}
        targetLength={article.targetLength}
        canSetTarget={allows(actor, 'article.setTarget', article.publicationId)}
        collaboration={collaborationFor(actor)}
        initialComments={comments.map((c) => ({ id: c.id, quote: c.quote, body: c.body, createdAt: c.createdAt.toISOString(), author: c.author.name, resolved: !!c.resolvedAt }))}
      />
      <ArticleHistory entries={history} />
    </div>
  );
}
