import Link from 'next/link';
import { mediaUrl, variantWidths } from '@/lib/domain/media-variants';
import { getTranslations } from '@/lib/i18n/server';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { getPublicationSettings } from '@/lib/server/publication/get-publication-settings';
import { PublicationForm } from '../publication-form';

/** One publication's settings; its page format and templates have their own screens. */
export default async function EditPublicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requirePagePermission('publication.manage');
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const [publication, t] = await Promise.all([loadPageData(getPublicationSettings({ actor, publicationId: id })), getTranslations('publications')]);
  const nameplate = publication.nameplate;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{publication.name}</h1>
      {created === '1' && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('created')}
        </p>
      )}
      <p className="text-sm text-neutral-600">{t('intro')}</p>
      <nav className="flex gap-4 text-sm">
        <Link href="/newsroom/page-format" className="text-blue-700 underline">
          {t('pageFormatLink')}
        </Link>
        <Link href="/newsroom/templates" className="text-blue-700 underline">
          {t('templatesLink')}
        </Link>
      </nav>
      <PublicationForm
        publication={{
          ...publication,
          nameplateUrl: nameplate ? mediaUrl(nameplate.id, variantWidths(nameplate.width)[0], 'webp') : null,
        }}
      />
    </div>
  );
}
