'use client';

import { IntlProvider, type AbstractIntlMessages } from 'use-intl';
import type { ReactNode } from 'react';

export function I18nProvider({ locale, messages, children }: { locale: string; messages: AbstractIntlMessages; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="Asia/Shanghai">
      {children}
    </IntlProvider>
  );
}
