import { getTranslations } from '@/lib/i18n/server';
import { allowsHere } from '@/lib/permissions';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { listTemplates } from '@/lib/server/template/list-templates';
import { TemplateEditor } from './template-editor';

/** 版式: the publication's page templates, drawn on its grid. */
export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ id?: string; saved?: string }> }) {
  const actor = await requirePagePermission('template.read');
  const { id, saved } = await searchParams;
  const list = await loadPageData(listTemplates({ actor }));
  const t = await getTranslations('templates');
  return (
    <div className="max-w-6xl">
      <h1 className="mb-1 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4 text-sm text-neutral-600">{t('intro', { name: list.publication.name, columns: list.grid.columns, rows: list.grid.rows })}</p>
      <TemplateEditor
        // A fresh editor for each template chosen, so nothing of one leaks into another.
        key={id ?? 'new'}
        publicationId={list.publication.id}
        grid={list.grid}
        aspect={list.aspect}
        templates={list.templates}
        initialId={list.templates.some((template) => template.id === id) ? id! : null}
        canManage={allowsHere(actor, 'template.manage')}
        justSaved={saved === '1'}
      />
    </div>
  );
}
