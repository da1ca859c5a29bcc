import Link from 'next/link';
import type { ReactNode } from 'react';
import { PageSwipeScript } from '@/components/reader/page-swipe';
import { readerTranslations } from '@/components/reader/reader-i18n';

export default function ReaderLayout({ children }: { children: ReactNode }) {
  const t = readerTranslations('reader');
  return (
    <div className="min-h-screen bg-neutral-100 print:bg-white">
      <header className="border-b border-neutral-300 bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl items-center justify-between px-4 py-2 text-sm">
          <Link href="/" className="font-bold">
            {t('siteName')}
          </Link>
        </div>
      </header>
      <main id="main">{children}</main>
      <PageSwipeScript />
    </div>
  );
}
