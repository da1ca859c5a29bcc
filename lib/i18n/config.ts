export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_COOKIE = 'locale';
export const TIME_ZONE = 'Asia/Shanghai';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}
