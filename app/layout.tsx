import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ErrorTextProvider } from '@/components/error-text';
import { readerTranslations } from '@/components/reader/reader-i18n';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Masthead', template: '%s · Masthead' },
};

// Reads no cookie, so the reader site's pages can be cached; the newsroom and
// sign-in layouts set the staff member's language (components/staff-language.tsx).
// The error page (app/error.tsx) speaks the reader site's language too.
export default function RootLayout({ children }: { children: ReactNode }) {
  const t = readerTranslations('errors');
  return (
    <html lang="zh-Hans-CN">
      <body>
        <ErrorTextProvider text={{ title: t('pageErrorTitle'), message: t('pageError'), back: t('backToFrontPage') }}>{children}</ErrorTextProvider>
      </body>
    </html>
  );
}
