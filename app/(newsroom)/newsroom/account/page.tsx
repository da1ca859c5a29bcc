import { redirect } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { getActor } from '@/lib/server/session';
import { ChangePasswordForm } from './change-password-form';

export async function generateMetadata() {
  return { title: (await getTranslations('account'))('title') };
}

/** Every staff member's own password. */
export default async function AccountPage() {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const t = await getTranslations('account');
  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-6 text-sm text-neutral-600">{t('intro', { email: actor.email })}</p>
      <ChangePasswordForm />
    </div>
  );
}
