import Link from 'next/link';
import { allowsHere } from '@/lib/permissions';
import { getTranslations } from '@/lib/i18n/server';
import { requirePagePermission } from '@/lib/server/page-guard';

export default async function NewsroomHome() {
  const actor = await requirePagePermission('newsroom.enter');
  const [t, nav, articles, issues] = await Promise.all([
    getTranslations('dashboard'),
    getTranslations('nav'),
    getTranslations('articles'),
    getTranslations('issues'),
  ]);
  const shortcuts = [
    allowsHere(actor, 'article.write') && { href: '/newsroom/articles/new', label: articles('new') },
    allowsHere(actor, 'issue.create') && { href: '/newsroom/issues/new', label: issues('new') },
    allowsHere(actor, 'issue.signOff') && { href: '/newsroom/sign-off', label: nav('signOff') },
    allowsHere(actor, 'staff.manage') && { href: '/newsroom/staff', label: nav('staff') },
  ].filter((s): s is { href: string; label: string } => !!s);
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t('welcome', { name: actor.name })}</h1>
      <p className="mt-2 text-neutral-600">{t('intro')}</p>
      <ul className="mt-6 flex flex-wrap gap-3">
        {shortcuts.map((s) => (
          <li key={s.href}>
            <Link href={s.href} className="block rounded border border-neutral-300 px-4 py-3 hover:bg-neutral-50">
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
