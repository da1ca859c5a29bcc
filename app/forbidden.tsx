import Link from 'next/link';
import { DEFAULT_LOCALE } from '@/lib/i18n/config';
import { getTranslationsFor } from '@/lib/i18n/server';

// Rendered inside the root layout, which every page shares, so it reads no cookie:
// a cookie here would make the cached reader pages dynamic.
export default function Forbidden() {
  const t = getTranslationsFor(DEFAULT_LOCALE, 'errors');
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-bold">{t('pageForbiddenTitle')}</h1>
      <p className="mt-2 text-neutral-700">{t('pageForbidden')}</p>
      <Link href="/newsroom" className="mt-4 inline-block text-blue-700 underline">
        ←
      </Link>
    </main>
  );
}
