import { beijingToday, chineseDate } from '@/lib/domain/calendar';
import { correctionLine, creditsLine, sourceLine } from '@/lib/domain/print-lines';
import type { ArticleView } from '@/lib/server/issue/issue-view';
import { StoryBody } from './story-body';
import { StoryHeading, storyDateline } from './story-heading';

type JumpLink = { direction: 'out' | 'in'; line: string; href: string };

/**
 * A whole story with every part it has, as a reader sees it online. A story
 * that jumps pages carries its printed jump line as a link to the other page:
 * 上接 before the text, 下转 after it.
 */
export function Story({ article, jump }: { article: ArticleView; jump?: JumpLink }) {
  const dateline = storyDateline(article);
  const jumpLink = jump && (
    <p className={jump.direction === 'out' ? 'text-right' : ''} data-testid="jump-line">
      <a href={jump.href} className="font-bold text-blue-800 underline">
        {jump.line}
      </a>
    </p>
  );
  return (
    <article className="mx-auto max-w-2xl font-serif">
      <StoryHeading article={article} size="full" />
      <div className="mt-4 text-lg leading-loose">
        {jump?.direction === 'in' && jumpLink}
        {dateline && <p className="font-bold">{dateline}</p>}
        <StoryBody body={article.body} />
        {article.source && <p className="text-right text-neutral-700">{sourceLine(article.source)}</p>}
        {article.credits && <p className="text-right text-neutral-700">{creditsLine(article.credits)}</p>}
        {jump?.direction === 'out' && jumpLink}
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
