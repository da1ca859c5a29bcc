import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { getActor } from '@/lib/server/session';
import { getFirstRunState } from '@/lib/server/setup/first-run';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('title'), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; signedOut?: string; setup?: string }> }) {
  const { next, signedOut, setup } = await searchParams;
  if (await getActor()) redirect('/newsroom');
  // A fresh install has nobody to sign in: its first visitor sets it up.
  if ((await getFirstRunState()).open) redirect('/setup');
  const t = await getTranslations('auth');
  const common = await getTranslations('common');
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-neutral-200 p-8 shadow-sm">
      <p className="text-sm text-neutral-500">{common('appName')}</p>
      <h1 className="mb-6 text-2xl font-bold">{t('title')}</h1>
      {signedOut && <p role="status" className="mb-4 text-sm text-green-800">{t('signedOut')}</p>}
      {setup && <p role="status" className="mb-4 text-sm text-green-800">{t('setupDone')}</p>}
      <SignInForm next={next} />
    </main>
  );
}
