import type { CSSProperties } from 'react';
import { PAGE_GRID } from '@/lib/domain/page-templates';
import { pageTitle } from '@/lib/domain/page-numbering';
import { creditsLine, pageFootLine, sourceLine } from '@/lib/domain/print-lines';
import type { MastheadLines } from '@/lib/domain/masthead';
import type { Locale } from '@/lib/i18n/config';
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
  locale,
}: {
  page: PageView;
  masthead: MastheadLines;
  storyHref?: (articleId: string) => string;
  locale: Locale;
}) {
  return (
    <section
      aria-label={pageTitle(page.number, page.name)}
      className="newspaper-page mx-auto flex w-full max-w-[900px] flex-col gap-3 bg-paper p-4 shadow-md ring-1 ring-neutral-300 md:aspect-[297/420] md:overflow-hidden md:p-[4%] print:shadow-none print:ring-0"
    >
      {page.number === 1 ? (
        <Masthead masthead={masthead} locale={locale} />
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
        // On a phone the page reads as one column of stories; from tablets up, as printed.
        className="flex min-h-0 flex-1 flex-col gap-3 md:grid md:[grid-template-columns:var(--page-columns)] md:[grid-template-rows:var(--page-rows)]"
        style={{ '--page-columns': `repeat(${PAGE_GRID.columns}, 1fr)`, '--page-rows': `repeat(${PAGE_GRID.rows}, 1fr)` } as CSSProperties}
      >
        {page.slots.map((slot) => {
          const article = slot.placement?.article;
          return (
            <div
              key={slot.id}
              data-slot={slot.name}
              className={`min-h-0 border-t border-neutral-400 pt-2 md:overflow-hidden md:[grid-column:var(--slot-column)] md:[grid-row:var(--slot-row)] ${article ? '' : 'max-md:hidden'}`}
              style={{ '--slot-column': `${slot.column} / span ${slot.columns}`, '--slot-row': `${slot.row} / span ${slot.rows}` } as CSSProperties}
            >
              {article && (
                <article className="md:h-full md:overflow-hidden">
                  <StoryHeading article={article} size={slot.name === '头条' ? 'lead' : 'normal'} headlineLink={storyHref?.(article.id)} />
                  <div
                    className="mt-2 font-serif text-base leading-relaxed md:text-[13px] md:[column-count:var(--story-columns)] md:[column-gap:1em]"
                    style={{ '--story-columns': Math.max(1, Math.floor(slot.columns / 1.5)) } as CSSProperties}
                  >
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
