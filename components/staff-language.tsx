import type { ReactNode } from 'react';
import { I18nProvider } from '@/components/i18n-provider';
import { getLocale, getMessages } from '@/lib/i18n/server';

/** The newsroom in the language its user chose (cookie), for server and client components alike. */
export async function StaffLanguage({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <div lang={locale === 'zh-CN' ? 'zh-Hans-CN' : locale}>
      <I18nProvider locale={locale} messages={messages}>
        {children}
      </I18nProvider>
    </div>
  );
}
