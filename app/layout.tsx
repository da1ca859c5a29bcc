import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Masthead', template: '%s · Masthead' },
};

// Reads no cookie, so the reader site's pages can be cached; the newsroom and
// sign-in layouts set the staff member's language (components/staff-language.tsx).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hans-CN">
      <body>{children}</body>
    </html>
  );
}
