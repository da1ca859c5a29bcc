import type { MastheadLines } from '@/lib/domain/masthead';
import { permitLine } from '@/lib/domain/print-lines';
import type { Locale } from '@/lib/i18n/config';
import { getTranslationsFor } from '@/lib/i18n/server';

/** The front-page masthead (报头) with every element as printed. */
/** `locale` is the language of the labels screen readers hear; the printed text is the paper's own. */
export function Masthead({ masthead, locale }: { masthead: MastheadLines; locale: Locale }) {
  const t = getTranslationsFor(locale, 'masthead');
  return (
    <header className="grid gap-4 border-b-4 md:grid-cols-[1fr_auto] border-double border-masthead pb-3 font-serif" aria-label={masthead.name}>
      <div>
        <p className="text-5xl leading-none font-black tracking-widest whitespace-nowrap text-masthead md:text-6xl" lang="zh-Hans">
          {masthead.name}
        </p>
        {masthead.romanizedName && <p className="mt-1 text-sm tracking-[0.4em] text-masthead">{masthead.romanizedName}</p>}
        <div className="mt-2 flex flex-wrap gap-x-4 text-xs text-neutral-700">
          {masthead.sponsor && <span>{masthead.sponsor}</span>}
          {masthead.publisher && <span>{masthead.publisher}</span>}
        </div>
      </div>
      <dl className="grid grid-cols-2 content-start gap-x-3 gap-y-0.5 text-sm md:text-right">
        <dt className="sr-only">{t('issueNumber')}</dt>
        <dd className="font-bold">{masthead.issueNumber}</dd>
        <dt className="sr-only">{t('pageCount')}</dt>
        <dd>{masthead.pageCount}</dd>
        <dt className="sr-only">{t('date')}</dt>
        <dd className="col-span-2 font-bold">
          {masthead.date} {masthead.weekday}
        </dd>
        <dt className="sr-only">{t('lunarDate')}</dt>
        <dd className="col-span-2">{masthead.lunarDate}</dd>
        {masthead.permitNumber && (
          <>
            <dt className="sr-only">{t('permit')}</dt>
            <dd className="col-span-2 text-xs text-neutral-600">{permitLine(masthead.permitNumber)}</dd>
          </>
        )}
        {masthead.website && (
          <>
            <dt className="sr-only">{t('website')}</dt>
            <dd className="col-span-2 text-xs text-neutral-600">{masthead.website}</dd>
          </>
        )}
      </dl>
    </header>
  );
}
