import { PAGE_FORMAT_PRESETS, typeArea } from '@/lib/domain/page-format';
import { getTranslations } from '@/lib/i18n/server';
import { listPageFormats } from '@/lib/server/publication/list-page-formats';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { PageFormatForm } from './page-format-form';

/** 版面规格: each publication's paper size, margins, grid and body type. */
export default async function PageFormatPage() {
  const actor = await requirePagePermission('publication.manage');
  const publications = await loadPageData(listPageFormats({ actor }));
  const t = await getTranslations('pageFormat');
  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <div>
        <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
        <p className="text-sm text-neutral-600">{t('intro')}</p>
        <ul className="mt-2 text-sm text-neutral-600">
          {Object.values(PAGE_FORMAT_PRESETS).map((preset) => {
            const area = typeArea(preset);
            return (
              <li key={preset.name}>
                {t('preset', { name: preset.name, width: preset.widthMm, height: preset.heightMm, areaWidth: area.widthMm, areaHeight: area.heightMm })}
              </li>
            );
          })}
        </ul>
      </div>
      {publications.map((publication) => (
        <section key={publication.id} aria-label={publication.name}>
          <h2 className="mb-3 text-lg font-bold">{publication.name}</h2>
          <PageFormatForm publicationId={publication.id} format={publication.format} idPrefix={publication.id} />
        </section>
      ))}
    </div>
  );
}
