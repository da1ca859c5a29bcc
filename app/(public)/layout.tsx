import Link from 'next/link';
import type { ReactNode } from 'react';

export default function ReaderLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen bg-neutral-100">
      <header className="border-b border-neutral-300 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between px-4 py-2 text-sm">
          <Link href="/" className="font-bold">
            数字报
          </Link>
        </div>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}
