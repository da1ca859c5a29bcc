import { NewspaperPage } from '@/components/newspaper/newspaper-page';
import { pageTitle } from '@/lib/domain/page-numbering';
import { READER_LOCALE, readerTranslations } from '@/components/reader/reader-i18n';
import { ReaderPdfLinks } from '@/components/reader/reader-pdf-links';
import type { IssueView } from '@/lib/server/issue/issue-view';
import { issuePath, pagePath, storyPath } from '@/lib/reader-paths';

type Neighbours = { previous: { number: number; date: string } | null; next: { number: number; date: string } | null };

/** One page of a published issue: page list, the printed page, its stories, and the way around. */
export function IssueReader({ issue, pageNumber, neighbours }: { issue: IssueView; pageNumber: number; neighbours: Neighbours }) {
  const t = readerTranslations('reader');
  const page = issue.pages.find((p) => p.number === pageNumber)!;
  const slug = issue.publicationSlug;
  const stories = page.slots.flatMap((slot) => (slot.placement ? [slot.placement.article] : []));
  // A story that jumps pages has one address: on the page where it starts.
  const startPage = new Map(issue.pages.flatMap((p) => p.slots.flatMap((slot) => (slot.placement?.part === 1 ? [[slot.placement.article.id, p.number] as const] : []))));
  const storyHref = (id: string) => storyPath(slug, issue.number, startPage.get(id) ?? page.number, id);
  const previousPage = issue.pages.find((p) => p.number === pageNumber - 1);
  const nextPage = issue.pages.find((p) => p.number === pageNumber + 1);
  const navLink = 'rounded border border-neutral-300 px-2 py-1 hover:bg-neutral-100';

  return (
    <div className="mx-auto grid max-w-7xl gap-6 p-4 lg:grid-cols-[14rem_1fr_16rem]">
      {/* On a phone the page list opens from the page-turning bar at the top instead (the 翻版 bar). */}
      <nav aria-label={t('pages')} className="order-2 hidden lg:order-1 lg:block print:hidden">
        <h2 className="mb-2 font-bold">{t('pages')}</h2>
        <ul className="flex flex-col gap-1 text-sm">
          {issue.pages.map((p) => (
            <li key={p.id}>
              <a
                href={pagePath(slug, issue.number, p.number)}
                aria-current={p.number === pageNumber ? 'page' : undefined}
                className="block rounded px-2 py-1 hover:bg-neutral-100 aria-[current=page]:bg-neutral-900 aria-[current=page]:text-white"
              >
                {pageTitle(p.number, p.name)}
              </a>
            </li>
          ))}
        </ul>
        <ul className="mt-4 flex flex-col gap-1 text-sm">
          <li>
            <a href={`/${slug}/archive`} className="text-blue-800 hover:underline">
              {t('archive')}
            </a>
          </li>
          <li>
            <a href={`/${slug}/search`} className="text-blue-800 hover:underline">
              {t('search')}
            </a>
          </li>
          <li>
            <a href={`/${slug}/feed.xml`} className="text-blue-800 hover:underline">
              {t('feed')}
            </a>
          </li>
        </ul>
        <div className="mt-4 flex flex-wrap gap-2 text-sm">
          {neighbours.previous && (
            <a className={navLink} href={issuePath(slug, neighbours.previous.number)}>
              {t('previousIssue')}
            </a>
          )}
          {neighbours.next && (
            <a className={navLink} href={issuePath(slug, neighbours.next.number)}>
              {t('nextIssue')}
            </a>
          )}
        </div>
      </nav>
      <div className="order-1 min-w-0 lg:order-2">
        <h1 className="mb-2 text-center font-serif text-lg font-bold">
          {issue.masthead.name} · {issue.masthead.date} {issue.masthead.weekday} · {pageTitle(page.number, page.name)}
        </h1>
        <nav aria-label={t('pageTurn')} className="relative mb-3 flex items-center justify-between gap-2 text-sm print:hidden">
          {previousPage ? (
            <a className={navLink} href={pagePath(slug, issue.number, previousPage.number)} rel="prev" data-turn="previous">
              ← {t('previousPage')}
            </a>
          ) : (
            <span className="w-16" />
          )}
          {/* Keyed by page: closed again on the page it leads to. */}
          <details key={page.number} className="lg:hidden">
            <summary className="cursor-pointer list-none rounded border border-neutral-300 bg-white px-3 py-1 font-bold [&::-webkit-details-marker]:hidden">
              <span className="sr-only">{t('pages')}：</span>
              {pageTitle(page.number, page.name)} <span aria-hidden="true">▾</span>
            </summary>
            <div className="absolute inset-x-0 top-full z-20 mt-1 max-h-[70vh] overflow-y-auto rounded border border-neutral-300 bg-white p-3 shadow-lg">
              <ul className="grid grid-cols-2 gap-1">
                {issue.pages.map((p) => (
                  <li key={p.id}>
                    <a
                      href={pagePath(slug, issue.number, p.number)}
                      aria-current={p.number === pageNumber ? 'page' : undefined}
                      className="block rounded px-2 py-2 hover:bg-neutral-100 aria-[current=page]:bg-neutral-900 aria-[current=page]:text-white"
                    >
                      {pageTitle(p.number, p.name)}
                    </a>
                  </li>
                ))}
              </ul>
              <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2 border-t border-neutral-200 pt-3">
                <li>
                  <a href={`/${slug}/archive`} className="text-blue-800 underline">
                    {t('archive')}
                  </a>
                </li>
                <li>
                  <a href={`/${slug}/search`} className="text-blue-800 underline">
                    {t('search')}
                  </a>
                </li>
                {neighbours.previous && (
                  <li>
                    <a href={issuePath(slug, neighbours.previous.number)} className="text-blue-800 underline">
                      {t('previousIssue')}
                    </a>
                  </li>
                )}
                {neighbours.next && (
                  <li>
                    <a href={issuePath(slug, neighbours.next.number)} className="text-blue-800 underline">
                      {t('nextIssue')}
                    </a>
                  </li>
                )}
              </ul>
            </div>
          </details>
          {nextPage ? (
            <a className={navLink} href={pagePath(slug, issue.number, nextPage.number)} rel="next" data-turn="next">
              {t('nextPage')} →
            </a>
          ) : (
            <span className="w-16" />
          )}
        </nav>
        <div data-swipe="">
        <NewspaperPage
          issue={issue}
          page={page}
          locale={READER_LOCALE}
          storyHref={storyHref}
          pageHref={(n) => pagePath(slug, issue.number, n)}
        />
        </div>
        <ReaderPdfLinks slug={slug} issueNumber={issue.number} pageNumber={page.number} />
      </div>
      <aside aria-label={t('stories')} className="order-3 print:hidden">
        <h2 className="mb-2 font-bold">{t('stories')}</h2>
        <ul className="flex flex-col gap-2 text-sm">
          {stories.map((story) => (
            <li key={story.id}>
              <a href={storyHref(story.id)} className="font-serif text-blue-900 hover:underline">
                {story.headline}
              </a>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
