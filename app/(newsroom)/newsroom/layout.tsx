import Link from 'next/link';
import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { signOutAction } from '@/app/(auth)/login/actions';
import { LanguageSwitch } from '@/components/language-switch';
import { StaffLanguage } from '@/components/staff-language';
import { allowsHere, rolesIn, type Permission } from '@/lib/permissions';
import { listMyPublications } from '@/lib/server/publication/list-my-publications';
import { switchPublicationAction } from './publication-actions';
import { getTranslations } from '@/lib/i18n/server';
import { getActor } from '@/lib/server/session';
import { countMyTasks } from '@/lib/server/tasks/count-my-tasks';
import { taskKindsFor } from '@/lib/domain/tasks';
import { TasksNavLink } from '@/components/newsroom/tasks-nav-link';

export const metadata = { robots: { index: false } };

const LINKS: { href: string; key: 'myArticles' | 'desk' | 'issues' | 'templates' | 'signOff' | 'staff' | 'publications' | 'pageFormat' | 'jobs'; permission: Permission }[] = [
  { href: '/newsroom/articles', key: 'myArticles', permission: 'article.write' },
  { href: '/newsroom/desk', key: 'desk', permission: 'article.readDesk' },
  { href: '/newsroom/issues', key: 'issues', permission: 'issue.read' },
  { href: '/newsroom/templates', key: 'templates', permission: 'template.read' },
  { href: '/newsroom/sign-off', key: 'signOff', permission: 'issue.signOff' },
  { href: '/newsroom/staff', key: 'staff', permission: 'staff.manage' },
  { href: '/newsroom/publications', key: 'publications', permission: 'publication.manage' },
  { href: '/newsroom/page-format', key: 'pageFormat', permission: 'publication.manage' },
  { href: '/newsroom/jobs', key: 'jobs', permission: 'jobs.manage' },
];

export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const [t, roles, common, errors, publications, tasks] = await Promise.all([
    getTranslations('nav'),
    getTranslations('roles'),
    getTranslations('common'),
    getTranslations('errors'),
    listMyPublications({ actor }),
    countMyTasks({ actor }),
  ]);
  const current = publications.find((p) => p.id === actor.publicationId) ?? null;
  const rolesHere = current ? rolesIn(actor, current.id) : actor.roles;
  return (
    <StaffLanguage>
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {common('skipToContent')}
      </a>
      {/* Stays in view on long pages (the board, the desk), so sign-out and the language switch are always at hand. */}
      <nav aria-label={t('newsroom')} className="sticky top-0 flex h-screen w-52 shrink-0 flex-col gap-1 self-start overflow-y-auto border-r border-neutral-200 bg-neutral-50 p-4 text-sm">
        <Link href="/newsroom" className="mb-2 text-lg font-bold">
          {t('newsroom')}
        </Link>
        {publications.length > 1 ? (
          <form action={switchPublicationAction} className="mb-4 flex items-center gap-1" data-testid="publication-switcher">
            <label htmlFor="current-publication" className="sr-only">
              {t('publication')}
            </label>
            <select id="current-publication" name="publicationId" defaultValue={current?.id} className="min-w-0 flex-1 rounded border border-neutral-300 bg-white px-1 py-1">
              {publications.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <button type="submit" className="rounded border border-neutral-300 bg-white px-2 py-1 hover:bg-neutral-100">
              {t('switchPublication')}
            </button>
          </form>
        ) : (
          current && (
            <p className="mb-4 font-medium" data-testid="current-publication">
              {current.name}
            </p>
          )
        )}
        {taskKindsFor(actor, actor.publicationId).length > 0 && <TasksNavLink initial={tasks.total} />}
        {LINKS.filter((link) => allowsHere(actor, link.permission)).map((link) => (
          <Link key={link.href} href={link.href} className="rounded px-2 py-1.5 hover:bg-neutral-200">
            {t(link.key)}
          </Link>
        ))}
        <Link href="/" className="rounded px-2 py-1.5 hover:bg-neutral-200">
          {t('readerSite')}
        </Link>
        <div className="mt-auto border-t border-neutral-200 pt-3 text-xs text-neutral-600">
          <p data-testid="signed-in-as">{t('signedInAs', { name: actor.name, roles: rolesHere.map((r) => roles(r)).join(common('listSeparator')) })}</p>
          <Link href="/newsroom/account" className="mt-2 block text-blue-700 underline">
            {t('account')}
          </Link>
          <LanguageSwitch className="mt-2" />
          <form action={signOutAction}>
            <button type="submit" className="mt-2 text-blue-700 underline">
              {t('signOut')}
            </button>
          </form>
        </div>
      </nav>
      <main id="main" className="min-w-0 flex-1 p-6">
        {!current && !actor.roles.includes('ADMIN') && (
          <div role="alert" className="mb-4 max-w-xl rounded border border-amber-300 bg-amber-50 p-4" data-testid="no-publication">
            <h2 className="mb-2 text-lg font-bold">{t('noPublicationTitle')}</h2>
            <p>{errors('noPublication')}</p>
          </div>
        )}
        {children}
      </main>
    </div>
    </StaffLanguage>
  );
}
