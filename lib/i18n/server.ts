import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { createTranslator } from 'use-intl/core';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, TIME_ZONE, type Locale } from './config';
import zhCN from '@/messages/zh-CN.json';
import en from '@/messages/en.json';

export type Messages = typeof zhCN;
const CATALOGS: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Chinese unless the reader chose English (cookie set by the language switch). */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
});

export async function getMessages(): Promise<Messages> {
  return CATALOGS[await getLocale()];
}

/** A translator for server components and actions, in the signed-in reader's or staff member's language. */
export async function getTranslations<N extends keyof Messages>(namespace: N) {
  return getTranslationsFor(await getLocale(), namespace);
}

/** A translator for a given language, reading no cookie (so cached pages can use it). */
export function getTranslationsFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace, timeZone: TIME_ZONE });
}
