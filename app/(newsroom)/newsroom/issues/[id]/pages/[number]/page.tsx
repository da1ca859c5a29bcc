import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NewspaperPage } from '@/components/newspaper/newspaper-page';
import { pageTitle } from '@/lib/domain/page-numbering';
import { getTranslations } from '@/lib/i18n/server';
import { getIssue } from '@/lib/server/issue/get-issue';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';

/** The page proof: the page exactly as it will be printed and published. */
export default async function PageProof({ params }: { params: Promise<{ id: string; number: string }> }) {
  const actor = await requirePagePermission('issue.read');
  const { id, number } = await params;
  const issue = await loadPageData(getIssue({ actor, issueId: id }));
  const page = issue.pages.find((p) => String(p.number) === number);
  if (!page) notFound();
  const t = await getTranslations('common');
  return (
    <div>
      <nav className="mb-4 flex flex-wrap gap-3 text-sm">
        <Link href={`/newsroom/issues/${issue.id}`} className="text-blue-700 underline">
          ← {t('back')}
        </Link>
        {issue.pages.map((p) => (
          <Link key={p.id} href={`/newsroom/issues/${issue.id}/pages/${p.number}`} aria-current={p.number === page.number ? 'page' : undefined} className="aria-[current=page]:font-bold">
            {pageTitle(p.number, p.name)}
          </Link>
        ))}
      </nav>
      <NewspaperPage page={page} masthead={issue.masthead} />
    </div>
  );
}
