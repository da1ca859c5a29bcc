import { setLocaleAction } from '@/lib/i18n/set-locale';
import { getLocale, getTranslations } from '@/lib/i18n/server';

/** A button that switches between Chinese and English, labelled in the other language. */
export async function LanguageSwitch({ className = '' }: { className?: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('common')]);
  return (
    <form action={setLocaleAction} className={className}>
      <input type="hidden" name="locale" value={locale === 'zh-CN' ? 'en' : 'zh-CN'} />
      <button type="submit" className="text-blue-700 underline" lang={locale === 'zh-CN' ? 'en' : 'zh-Hans'}>
        {t('language')}
      </button>
    </form>
  );
}
