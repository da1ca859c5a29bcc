import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { PageSignature, ProofMarkList } from '@/components/newsroom/page-review';
import { PdfExportLinks } from '@/components/newsroom/pdf-export-links';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { allows } from '@/lib/permissions';
import { addProofMarkAction } from '../../../actions';
import { notFound } from 'next/navigation';
import { NewspaperPage } from '@/components/newspaper/newspaper-page';
import { issueNumberLabel } from '@/lib/domain/issue-numbering';
import { pageTitle } from '@/lib/domain/page-numbering';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { getIssue } from '@/lib/server/issue/get-issue';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';

/** The page proof: the page exactly as it will be printed and published. */
export default async function PageProof({ params }: { params: Promise<{ id: string; number: string }> }) {
  const actor = await requirePagePermission('issue.read');
  const { id, number } = await params;
  const issue = await loadPageData(getIssue({ actor, issueId: id }));
  const locale = await getLocale();
  const page = issue.pages.find((p) => String(p.number) === number);
  if (!page) notFound();
  const [t, issues] = await Promise.all([getTranslations('common'), getTranslations('issues')]);
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{issues('proofHeading', { issue: issueNumberLabel(issue.number, locale), page: pageTitle(page.number, page.name, locale) })}</h1>
      <nav className="mb-4 flex flex-wrap gap-3 text-sm">
        <Link href={`/newsroom/issues/${issue.id}`} className="text-blue-700 underline">
          ← {t('back')}
        </Link>
        {issue.pages.map((p) => (
          <Link key={p.id} href={`/newsroom/issues/${issue.id}/pages/${p.number}`} aria-current={p.number === page.number ? 'page' : undefined} className="aria-[current=page]:font-bold">
            {pageTitle(p.number, p.name, locale)}
          </Link>
        ))}
      </nav>
      <div className="mb-4 flex flex-col gap-2 rounded border border-neutral-200 p-3">
        <PageSignature page={page} />
        <ProofMarkList page={page} canResolve={allows(actor, 'issue.plan', issue.publicationId) && issue.status !== 'PUBLISHED'} />
        {allows(actor, 'page.markProof', issue.publicationId) && issue.status !== 'PUBLISHED' && (
          <ActionForm action={addProofMarkAction} hidden={{ pageId: page.id }} className="flex flex-wrap items-end gap-2">
            <TextField label={issues('markNote')} name="note" className="min-w-72 flex-1" />
            <SelectField label={issues('markStory')} name="articleId" defaultValue="">
              <option value="">{issues('noStory')}</option>
              {page.slots.flatMap((slot) => (slot.placement ? [<option key={slot.id} value={slot.placement.article.id}>{slot.placement.article.headline}</option>] : []))}
            </SelectField>
            <Button type="submit" variant="secondary">
              {issues('addMark')}
            </Button>
          </ActionForm>
        )}
      </div>
      <PdfExportLinks issueId={issue.id} pageNumber={page.number} />
      <NewspaperPage issue={issue} page={page} locale={locale} proof pageHref={(n) => `/newsroom/issues/${issue.id}/pages/${n}`} />
    </div>
  );
}
