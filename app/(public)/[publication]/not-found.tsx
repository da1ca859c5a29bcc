import Link from 'next/link';
import { readerTranslations } from '@/components/reader/reader-i18n';

// A missing publication, issue, page or story: shown inside the reader layout,
// whose <main> it fills (app/not-found.tsx, with its own <main>, is for other
// addresses). Cached reader pages show it too, so it reads no cookie.
export default function ReaderNotFound() {
  const t = readerTranslations('errors');
  return (
    <div className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-bold">{t('pageNotFoundTitle')}</h1>
      <p className="mt-2 text-neutral-700">{t('pageNotFound')}</p>
      <Link href="/" className="mt-4 inline-block text-blue-700 underline">
        {t('backToFrontPage')}
      </Link>
    </div>
  );
}
