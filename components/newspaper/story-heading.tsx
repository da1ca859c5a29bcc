import { datelineWithByline } from '@/lib/domain/article-workflow';
import type { ArticleView } from '@/lib/server/issue/issue-view';

type Size = 'lead' | 'normal' | 'full';

const HEADLINE: Record<Size, string> = {
  lead: 'text-2xl font-black leading-tight',
  normal: 'text-lg font-bold leading-snug',
  full: 'text-3xl font-black leading-tight',
};

/** 栏目, 引题, 主题, 副题 and 出席 line, in print order. */
export function StoryHeading({ article, size, headlineLink }: { article: ArticleView; size: Size; headlineLink?: string }) {
  const HeadlineTag = size === 'full' ? 'h1' : 'h2';
  return (
    <div className="font-serif">
      {article.columnLabel && <p className="mb-1 inline-block bg-masthead px-1.5 text-xs text-white">{article.columnLabel}</p>}
      {article.kicker && <p className="text-sm text-neutral-700">{article.kicker}</p>}
      <HeadlineTag className={HEADLINE[size]}>
        {headlineLink ? (
          <a href={headlineLink} className="hover:underline">
            {article.headline}
          </a>
        ) : (
          article.headline
        )}
      </HeadlineTag>
      {article.subheadline && <p className="mt-0.5 text-sm text-neutral-700">{article.subheadline}</p>}
      {article.namesLine && <p className="mt-1 text-center text-sm font-bold">{article.namesLine}</p>}
    </div>
  );
}

export function storyDateline(article: ArticleView): string | null {
  return datelineWithByline(article.dateline, article.bylines.map((b) => b.name));
}
