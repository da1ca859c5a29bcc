import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { IntlMessageFormat } from 'intl-messageformat';
import { _createCache, _createIntlFormatters, createTranslator } from 'use-intl/core';
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

const translators = new Map<string, unknown>();

/**
 * A translator for a given language, reading no cookie (so cached pages can use it).
 * Made once per language and namespace: making one (and its formatters) cost a
 * reader page more than the messages it looked up.
 */
export function getTranslationsFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  const key = `${locale}\n${namespace}`;
  let translator = translators.get(key) as ReturnType<typeof makeTranslator<N>> | undefined;
  if (!translator) translators.set(key, (translator = makeTranslator(locale, namespace)));
  return translator;
}

const makeTranslator = <N extends keyof Messages>(locale: Locale, namespace: N) =>
  createTranslator({ locale, messages: CATALOGS[locale], namespace, timeZone: TIME_ZONE, ...compilingEachMessageOnce() });

type TranslatorFormatters = NonNullable<Parameters<typeof createTranslator>[0]['_formatters']>;

/**
 * use-intl's formatters, with each message compiled once for its language. use-intl
 * finds a message it compiled before by serializing every argument of the compilation,
 * all date, time and number formats included, on every call: 8 µs for a line such as a
 * search result's date and page, which then takes 0.3 µs to format (a page of results
 * has twenty). A translator made here is given no formats per call or per language, so
 * what a compiled message depends on is the same on every call but the message and its
 * language, which the key holds.
 */
function compilingEachMessageOnce(): { _cache: ReturnType<typeof _createCache>; _formatters: TranslatorFormatters } {
  const cache = _createCache();
  const formatters = _createIntlFormatters(cache);
  const compiled = new Map<string, IntlMessageFormat>();
  const getMessageFormat: TranslatorFormatters['getMessageFormat'] = (message, locale, formats, options) => {
    const key = `${String(locale)}\n${message}`;
    let format = compiled.get(key);
    if (!format) compiled.set(key, (format = new IntlMessageFormat(message, locale, formats, { formatters, ...options })));
    return format;
  };
  return { _cache: cache, _formatters: { ...formatters, getMessageFormat } };
}
