'use client';

import { useErrorText } from '@/components/error-text';

// A page that failed to render: rendered on the server too, so it reads without
// JavaScript. Its response is never cacheable (lib/no-store-server-errors.ts).
// A plain <a>: after a failure, a full load of the front page is the safe way back.
export default function ErrorPage() {
  const text = useErrorText();
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-bold">{text?.title}</h1>
      <p className="mt-2 text-neutral-700">{text?.message}</p>
      <a href="/" className="mt-4 inline-block text-blue-700 underline">
        {text?.back}
      </a>
    </main>
  );
}
