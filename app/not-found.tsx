import Link from 'next/link';
import { readerTranslations } from '@/components/reader/reader-i18n';

// Shown by cached reader pages too, so it reads no cookie: it speaks the reader site's language.
export default function NotFound() {
  const t = readerTranslations('errors');
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-bold">{t('pageNotFoundTitle')}</h1>
      <p className="mt-2 text-neutral-700">{t('pageNotFound')}</p>
      <Link href="/" className="mt-4 inline-block text-blue-700 underline">
        {t('backToFrontPage')}
      </Link>
    </main>
  );
}
