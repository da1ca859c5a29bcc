import Link from 'next/link';
import { Story } from '@/components/newspaper/story';
import { StoryBody } from '@/components/newspaper/story-body';
import { StoryHeading, storyDateline } from '@/components/newspaper/story-heading';
import { creditsLine, sourceLine } from '@/lib/domain/print-lines';
import { getTranslations } from '@/lib/i18n/server';
import { getArticle } from '@/lib/server/article/get-article';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';

/** 预览: the story as readers will see it online, and as it will set in newspaper columns. */
export default async function PreviewArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('newsroom.enter');
  const { id } = await params;
  const article = await loadPageData(getArticle({ actor, articleId: id }));
  const articles = await getTranslations('articles');
  const t = (key: string, values?: Record<string, string | number>) => articles(`preview.${key}` as never, values as never);
  const view = { ...article, corrections: [] };
  const dateline = storyDateline(view);
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={`/newsroom/articles/${id}`} className="text-blue-700 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      <div className="grid gap-8 xl:grid-cols-2">
        <section aria-labelledby="preview-online">
          <h2 id="preview-online" className="mb-2 text-sm font-bold text-neutral-600">
            {t('online')}
          </h2>
          <div className="rounded border border-neutral-200 bg-white p-6" data-testid="preview-online">
            <Story article={view} />
          </div>
        </section>
        <section aria-labelledby="preview-print">
          <h2 id="preview-print" className="mb-2 text-sm font-bold text-neutral-600">
            {t('print')}
          </h2>
          {/* Three columns of body type on newsprint, as a 头条 or 二条 would set. */}
          <div className="rounded border border-neutral-300 bg-paper p-4 font-serif text-ink" data-testid="preview-print">
            <StoryHeading article={view} size="lead" />
            <div className="mt-2 columns-3 gap-4 text-[13px] leading-[1.6] [column-rule:1px_solid_#d4d4d4]">
              {dateline && <p className="font-bold">{dateline}</p>}
              <StoryBody body={view.body} />
              {view.source && <p className="text-right">{sourceLine(view.source)}</p>}
              {view.credits && <p className="text-right">{creditsLine(view.credits)}</p>}
            </div>
          </div>
        </section>
      </div>
    </div>
  );
}
