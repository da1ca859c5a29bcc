import type { CSSProperties } from 'react';
import type { MastheadLines } from '@/lib/domain/masthead';
import { mediaUrl, variantWidths } from '@/lib/domain/media-variants';
import { permitLine } from '@/lib/domain/print-lines';
import type { Locale } from '@/lib/i18n/config';
import { getTranslationsFor } from '@/lib/i18n/server';

/**
 * The front-page masthead (报头) with every element as printed: the name large
 * in red with its romanized form, who sponsors and publishes it, and the
 * issue's particulars. `locale` is the language of the labels screen readers
 * hear; the printed text is the paper's own.
 */
export function Masthead({ masthead, locale, style, mediaQuery }: { masthead: MastheadLines; locale: Locale; style?: CSSProperties; mediaQuery?: string }) {
  const t = getTranslationsFor(locale, 'masthead');
  return (
    <header className="np-mh" style={style} aria-label={masthead.name}>
      <div>
        {/* The nameplate (报头) is calligraphy: its image when the issue has one, the typeset name otherwise. */}
        {masthead.nameplate ? (
          <p className="np-mh-name">
            <img
              className="np-mh-plate"
              src={mediaUrl(masthead.nameplate.mediaId, variantWidths(masthead.nameplate.width).at(-1)!, 'webp', mediaQuery)}
              srcSet={variantWidths(masthead.nameplate.width)
                .map((width) => `${mediaUrl(masthead.nameplate!.mediaId, width, 'webp', mediaQuery)} ${width}w`)
                .join(', ')}
              sizes="40vw"
              width={masthead.nameplate.width}
              height={masthead.nameplate.height}
              alt={masthead.printedName}
            />
          </p>
        ) : (
          <p className="np-mh-name" lang={masthead.printedName === masthead.name ? 'zh-Hans' : 'zh-Hant'}>
            {masthead.printedName}
          </p>
        )}
        {masthead.romanizedName && <p className="np-mh-roman">{masthead.romanizedName}</p>}
      </div>
      <div className="np-mh-small">
        {masthead.sponsor && <p>{masthead.sponsor}</p>}
        {masthead.publisher && <p>{masthead.publisher}</p>}
        {masthead.permitNumber && <p>{permitLine(masthead.permitNumber)}</p>}
        {masthead.website && <p>{masthead.website}</p>}
      </div>
      <dl className="np-mh-info">
        <dt className="sr-only">{t('date')}</dt>
        <dd className="font-bold">
          {masthead.date} {masthead.weekday}
        </dd>
        <dt className="sr-only">{t('lunarDate')}</dt>
        <dd>{masthead.lunarDate}</dd>
        <dt className="sr-only">{t('issueNumber')}</dt>
        <dd className="inline font-bold">{masthead.issueNumber}</dd>
        <dt className="sr-only">{t('pageCount')}</dt>
        <dd className="ml-[1em] inline">{masthead.pageCount}</dd>
      </dl>
    </header>
  );
}
