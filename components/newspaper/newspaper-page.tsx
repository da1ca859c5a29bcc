import { PAGE_GRID } from '@/lib/domain/page-templates';
import { pageTitle } from '@/lib/domain/page-numbering';
import { creditsLine, pageFootLine, sourceLine } from '@/lib/domain/print-lines';
import type { MastheadLines } from '@/lib/domain/masthead';
import type { PageView } from '@/lib/server/issue/issue-view';
import { Masthead } from './masthead';
import { StoryBody } from './story-body';
import { StoryHeading, storyDateline } from './story-heading';

/**
 * A printed page: the masthead on page 1, a running head on the others, each
 * story in its slot on the grid, and the 责任编辑/美编 line at the foot. The same
 * component renders the newsroom's proof and the reader's page.
 */
export function NewspaperPage({
  page,
  masthead,
  storyHref,
}: {
  page: PageView;
  masthead: MastheadLines;
  storyHref?: (articleId: string) => string;
}) {
  return (
    <section
      aria-label={pageTitle(page.number, page.name)}
      className="mx-auto flex aspect-[297/420] w-full max-w-[900px] flex-col gap-3 overflow-hidden bg-paper p-[4%] shadow-md ring-1 ring-neutral-300"
    >
      {page.number === 1 ? (
        <Masthead masthead={masthead} />
      ) : (
        <header className="flex justify-between border-b-2 border-neutral-800 pb-1 font-serif text-sm">
          <span>{pageTitle(page.number, page.name)}</span>
          <span>
            {masthead.date} {masthead.weekday}
          </span>
          <span>{masthead.name}</span>
        </header>
      )}
      <div
        className="grid min-h-0 flex-1 gap-3"
        style={{ gridTemplateColumns: `repeat(${PAGE_GRID.columns}, 1fr)`, gridTemplateRows: `repeat(${PAGE_GRID.rows}, 1fr)` }}
      >
        {page.slots.map((slot) => {
          const article = slot.placement?.article;
          return (
            <div
              key={slot.id}
              data-slot={slot.name}
              className="min-h-0 overflow-hidden border-t border-neutral-400 pt-2"
              style={{ gridColumn: `${slot.column} / span ${slot.columns}`, gridRow: `${slot.row} / span ${slot.rows}` }}
            >
              {article && (
                <article className="h-full overflow-hidden">
                  <StoryHeading article={article} size={slot.name === '头条' ? 'lead' : 'normal'} headlineLink={storyHref?.(article.id)} />
                  <div className="mt-2 text-[13px] leading-relaxed font-serif" style={{ columnCount: Math.max(1, Math.floor(slot.columns / 1.5)), columnGap: '1em' }}>
                    {storyDateline(article) && <p className="font-bold">{storyDateline(article)}</p>}
                    <StoryBody body={article.body} />
                    {article.source && <p className="text-right">{sourceLine(article.source)}</p>}
                    {article.credits && <p className="text-right">{creditsLine(article.credits)}</p>}
                  </div>
                </article>
              )}
            </div>
          );
        })}
      </div>
      {masthead.serviceStrip && page.number === 1 && <p className="border-t border-neutral-400 pt-1 text-xs">{masthead.serviceStrip}</p>}
      <footer className="text-right font-serif text-xs text-neutral-700">
        {pageFootLine(page.editorName, page.artEditorName)}
      </footer>
    </section>
  );
}
