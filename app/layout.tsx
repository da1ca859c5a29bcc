import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ErrorTextProvider } from '@/components/error-text';
import { readerTranslations } from '@/components/reader/reader-i18n';
import { siteOrigin } from '@/lib/server/site-url-config';
import './globals.css';

/**
 * metadataBase makes every relative canonical, og:url and alternate link absolute on
 * the public origin (SITE_URL), so reader pages name their paths only. Pages
 * prerendered while building (no SITE_URL needed to build) carry none of those links.
 */
export function generateMetadata(): Metadata {
  const building = process.env.NEXT_PHASE === 'phase-production-build';
  return {
    title: { default: 'Masthead', template: '%s · Masthead' },
    metadataBase: building && !process.env.SITE_URL ? undefined : new URL(siteOrigin()),
  };
}

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
