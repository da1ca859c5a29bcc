import Link from 'next/link';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/language-switch';
import { getTranslations } from '@/lib/i18n/server';

export default async function ReaderLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('reader');
  return (
    <div className="min-h-screen bg-neutral-100 print:bg-white">
      <header className="border-b border-neutral-300 bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl items-center justify-between px-4 py-2 text-sm">
          <Link href="/" className="font-bold">
            {t('siteName')}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}
