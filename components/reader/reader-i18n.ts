import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { getTranslationsFor, type Messages } from '@/lib/i18n/server';

/**
 * The digital edition is read in Chinese, like the paper. Its pages read no
 * cookie, so they can be cached and served to every reader alike.
 */
export const READER_LOCALE: Locale = 'zh-CN';

export function readerTranslations<N extends keyof Messages>(namespace: N) {
  return getTranslationsFor(READER_LOCALE, namespace);
}
