import type { CSSProperties } from 'react';
import { cache } from 'react';
import { layoutIssue, pageChrome } from '@/lib/domain/issue-layout';
import { pageTitle } from '@/lib/domain/page-numbering';
import { serviceStripMm, slotRect, typeArea } from '@/lib/domain/page-format';
import { pageFootLine } from '@/lib/domain/print-lines';
import type { Locale } from '@/lib/i18n/config';
import { getTranslationsFor } from '@/lib/i18n/server';
import type { IssueView, PageView } from '@/lib/server/issue/issue-view';
import { Masthead } from './masthead';
import { boxStyle, roundMm } from './page-geometry';
import { SlotStory } from './slot-story';
import { GuideBox } from './guide-box';

/** Every slot of the issue laid out once per request, whichever pages are drawn. */
export const issueLayout = cache((issue: IssueView) =>
  layoutIssue({ format: issue.format, pages: issue.pages, serviceStrip: issue.masthead.serviceStrip, serviceStripPages: issue.masthead.serviceStripPages }),
);

/**
 * A printed page at its paper's proportions: margins, the masthead on page 1,
 * a running head on the others, each story in its slot on the column grid,
 * the service strip and the 责任编辑/美编 line at the foot. The same component
 * draws the newsroom's proof, the sign-off review, the reader's page and the PDF.
 */
export function NewspaperPage({
  issue,
  page,
  storyHref,
  pageHref,
  locale,
  proof = false,
  mediaQuery,
}: {
  issue: IssueView;
  page: PageView;
  storyHref?: (articleId: string) => string;
  /** Where a jump line leads: the page the story continues on or comes from. */
  pageHref?: (pageNumber: number) => string;
  locale: Locale;
  /** A proof marks empty slots and text cut off at a slot's end. */
  proof?: boolean;
  /** Goes on photo URLs: the print pass of the PDF export's browser, which has no session. */
  mediaQuery?: string;
}) {
  const t = getTranslationsFor(locale, 'layout');
  const { format, masthead } = issue;
  const area = typeArea(format);
  const chrome = pageChrome(page.number, masthead.serviceStrip, masthead.serviceStripPages);
  const layout = issueLayout(issue);
  const areaX = page.number % 2 === 1 ? format.margins.inside : format.margins.outside;
  const areaY = format.margins.top;
  const pageStyle = {
    '--paper-w': format.widthMm,
    '--paper-h': format.heightMm,
    '--type': roundMm(area.typeMm),
    '--leading': roundMm(area.leadingMm),
  } as CSSProperties;

  return (
    <section aria-label={pageTitle(page.number, page.name)} className="newspaper-page np-sheet mx-auto shadow-md ring-1 ring-neutral-300 print:shadow-none print:ring-0">
      <div className="np-page" style={pageStyle} data-testid={`newspaper-page-${page.number}`}>
        <header className="np-running-head" style={boxStyle({ x: areaX, y: areaY - 8, w: area.widthMm, h: 6.5 })}>
          <span>{pageTitle(page.number, page.name)}</span>
          {page.number !== 1 && (
            <>
              <span>
                {masthead.date} {masthead.weekday}
              </span>
              <span>{masthead.printedName}</span>
            </>
          )}
        </header>
        <div className="np-area" style={boxStyle({ x: areaX, y: areaY, w: area.widthMm, h: area.heightMm })}>
          {chrome.masthead && <Masthead masthead={masthead} locale={locale} mediaQuery={mediaQuery} style={boxStyle({ x: 0, y: 0, w: area.widthMm, h: format.mastheadMm - 3 })} />}
          <div className="np-grid">
            {page.slots.map((slot) => {
              const rect = slotRect(format, slot, chrome);
              const fit = layout.get(slot.id);
              const article = slot.placement?.article;
              return (
                <div
                  key={slot.id}
                  className="np-slot"
                  data-slot={slot.name}
                  data-row={slot.row}
                  data-empty={article || slot.guide ? undefined : ''}
                  data-overflows={proof && fit?.overflows ? '' : undefined}
                  style={boxStyle({ x: rect.leftMm, y: rect.topMm, w: rect.widthMm, h: rect.heightMm })}
                >
                  {slot.guide ? (
                    <GuideBox lines={slot.guide} title={t('guideTitle')} missingLabel={t('guideNotPlaced')} pageHref={pageHref} proof={proof} />
                  ) : article && fit ? (
                    <SlotStory
                      article={article}
                      layout={fit}
                      typeMm={area.typeMm}
                      leadingMm={area.leadingMm}
                      gutterMm={format.gutterMm}
                      storyHref={storyHref?.(article.id)}
                      jumpHref={fit.jump ? pageHref?.(fit.jump.page) : undefined}
                      overflowLabel={proof ? t('overflow') : undefined}
                      mediaQuery={mediaQuery}
                    />
                  ) : (
                    proof && <p className="p-1 font-sans text-xs text-neutral-500">{t('emptySlot', { slot: slot.name })}</p>
                  )}
                </div>
              );
            })}
          </div>
          {chrome.serviceStrip && (
            <p className="np-strip" style={boxStyle({ x: 0, y: area.heightMm - serviceStripMm(format), w: area.widthMm, h: serviceStripMm(format) })}>
              {masthead.serviceStrip}
            </p>
          )}
        </div>
        <footer className="np-foot" style={boxStyle({ x: areaX, y: areaY + area.heightMm + 1.5, w: area.widthMm, h: 6 })}>
          {pageFootLine(page.editorName, page.artEditorName)}
        </footer>
      </div>
    </section>
  );
}
