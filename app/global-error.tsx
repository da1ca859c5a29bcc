'use client';

import { useEffect, useState } from 'react';
import './globals.css';

type Text = { pageErrorTitle: string; pageError: string; backToFrontPage: string };

// What a visitor sees when a page fails while the server renders it: Next.js then
// sends an empty document and draws this one in the browser (React renders no error
// boundary on the server), so it needs JavaScript; its response is never cacheable
// (lib/no-store-server-errors.ts). The reader site's language, like app/not-found.tsx.
// Every page loads this component, so the catalog is fetched only when it shows.
export default function GlobalError() {
  const [text, setText] = useState<Text | null>(null);
  useEffect(() => {
    let live = true;
    void import('@/messages/zh-CN.json').then((messages) => live && setText(messages.default.errors));
    return () => {
      live = false;
    };
  }, []);
  return (
    <html lang="zh-Hans-CN">
      <body>
        <main className="mx-auto max-w-lg p-10 text-center">
          <h1 className="text-2xl font-bold">{text?.pageErrorTitle}</h1>
          <p className="mt-2 text-neutral-700">{text?.pageError}</p>
          <a href="/" className="mt-4 inline-block text-blue-700 underline">
            {text?.backToFrontPage ?? '/'}
          </a>
        </main>
      </body>
    </html>
  );
}
