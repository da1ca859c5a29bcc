import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { getActor } from '@/lib/server/session';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('title'), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; signedOut?: string }> }) {
  const { next, signedOut } = await searchParams;
  if (await getActor()) redirect('/newsroom');
  const t = await getTranslations('auth');
  const common = await getTranslations('common');
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-neutral-200 p-8 shadow-sm">
      <p className="text-sm text-neutral-500">{common('appName')}</p>
      <h1 className="mb-6 text-2xl font-bold">{t('title')}</h1>
      {signedOut && <p role="status" className="mb-4 text-sm text-green-800">{t('signedOut')}</p>}
      <SignInForm next={next} />
    </main>
  );
}
