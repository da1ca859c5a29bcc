import { getTranslations } from '@/lib/i18n/server';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { listStaffNames } from '@/lib/server/staff/list-staff';
import { listTemplates } from '@/lib/server/template/list-templates';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { NewIssueForm } from './new-issue-form';

/** `?publication=<id>` plans an issue of another publication than the default one. */
export default async function NewIssuePage({ searchParams }: { searchParams: Promise<{ publication?: string }> }) {
  const actor = await requirePagePermission('issue.create');
  const { publication } = await searchParams;
  const [t, defaults, staff] = await Promise.all([
    getTranslations('issues'),
    loadPageData(getNewIssueDefaults({ actor, publicationId: typeof publication === 'string' && publication ? publication : undefined })),
    listStaffNames({ actor }),
  ]);
  const { templates } = await listTemplates({ actor, publicationId: defaults.publication.id });
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('newTitle')}</h1>
      <NewIssueForm
        publication={{ id: defaults.publication.id, name: defaults.publication.name }}
        number={defaults.number}
        date={defaults.date}
        pages={defaults.pages}
        staff={staff}
        templates={templates.map(({ id, name, front }) => ({ id, name, front }))}
        weekdayPages={defaults.weekdayPages}
      />
    </div>
  );
}
