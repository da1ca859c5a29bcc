'use client';

import { useLocale } from 'use-intl';
import { DEFAULT_LOCALE, isLocale, type Locale } from './config';

/** The staff member's language in a client component (set by components/staff-language.tsx). */
export function useStaffLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
