import type { Metadata } from 'next';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { getFirstRunState } from '@/lib/server/setup/first-run';
import { SetupForm } from './setup-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('setup');
  return { title: t('title'), robots: { index: false } };
}

/** Exists only while the install has no staff member at all; a 404 afterwards. */
export default async function SetupPage() {
  await connection(); // read at request time, never prerendered at build
  const state = await getFirstRunState();
  if (!state.open) notFound();
  const t = await getTranslations('setup');
  const common = await getTranslations('common');
  return (
    <main className="mx-auto my-16 max-w-md rounded-lg border border-neutral-200 p-8 shadow-sm">
      <p className="text-sm text-neutral-500">{common('appName')}</p>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-6 text-sm text-neutral-600">{t('intro')}</p>
      <SetupForm needsPublication={state.needsPublication} />
    </main>
  );
}
