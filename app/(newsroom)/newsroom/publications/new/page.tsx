import { getTranslations } from '@/lib/i18n/server';
import { requirePagePermission } from '@/lib/server/page-guard';
import { PublicationForm } from '../publication-form';

export default async function NewPublicationPage() {
  await requirePagePermission('publication.manage');
  const t = await getTranslations('publications');
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('new')}</h1>
      <PublicationForm
        publication={{
          slug: '',
          name: '',
          nameTraditional: null,
          mastheadForm: 'SIMPLIFIED',
          romanizedName: null,
          sponsor: null,
          publisher: null,
          permitNumber: null,
          website: null,
          serviceStrip: null,
          serviceStripPages: [1],
          weekdayPages: {},
          publicationDays: [1, 2, 3, 4, 5],
          firstIssueNumber: 1,
          isDefault: false,
        }}
      />
    </div>
  );
}
