import { beijingToday, chineseDate } from '@/lib/domain/calendar';
import { correctionLine, creditsLine, sourceLine } from '@/lib/domain/print-lines';
import type { ArticleView } from '@/lib/server/issue/issue-view';
import { StoryBody } from './story-body';
import { StoryHeading, storyDateline } from './story-heading';

/**
 * A whole story with every part it has, as a reader sees it online: once and
 * whole, so a story that jumps pages carries no 下转/上接 line here (those belong
 * to the printed page, where the text is split).
 */
export function Story({ article }: { article: ArticleView }) {
  const dateline = storyDateline(article);
  return (
    <article className="mx-auto max-w-2xl font-serif">
      <StoryHeading article={article} size="full" />
      <div className="mt-4 text-lg leading-loose">
        {dateline && <p className="font-bold">{dateline}</p>}
        <StoryBody body={article.body} />
        {article.source && <p className="text-right text-neutral-700">{sourceLine(article.source)}</p>}
        {article.credits && <p className="text-right text-neutral-700">{creditsLine(article.credits)}</p>}
      </div>
      {article.corrections.length > 0 && (
        <aside className="mt-6 border-t border-neutral-300 pt-3 font-sans text-sm text-red-900" data-testid="corrections">
          {article.corrections.map((correction) => (
            <p key={correction.createdAt.toISOString()}>{correctionLine(chineseDate(beijingToday(correction.createdAt)), correction.note)}</p>
          ))}
        </aside>
      )}
    </article>
  );
}
