'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** What app/error.tsx says. A client error page cannot read the catalogs, and shipping them to every reader would weigh 36 KB. */
export type ErrorText = { title: string; message: string; back: string };

const ErrorTextContext = createContext<ErrorText | null>(null);

/** Given the few strings of the error page by the root layout (from messages/), above every error boundary. */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

export function useErrorText(): ErrorText | null {
  return useContext(ErrorTextContext);
}
