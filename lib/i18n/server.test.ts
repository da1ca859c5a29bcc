import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { createTranslator } from 'use-intl/core';
import zhCN from '../../messages/zh-CN.json';
import en from '../../messages/en.json';
import { TIME_ZONE, type Locale } from './config';
import { getTranslationsFor, type Messages } from './server';

type Catalog = { [key: string]: string | Catalog };
type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** Every message with arguments, by namespace and key. */
function messagesWithArguments(catalog: Catalog): [namespace: string, key: string, message: string][] {
  const found: [string, string, string][] = [];
  const walk = (node: Catalog, namespace: string, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        if (value.includes('{')) found.push([namespace, prefix + key, value]);
      } else walk(value, namespace, `${prefix}${key}.`);
    }
  };
  for (const [namespace, node] of Object.entries(catalog)) if (typeof node !== 'string') walk(node, namespace, '');
  return found;
}

/** Values of the right kind for each argument of `message`, the `variant`-th of several. */
function valuesFor(message: string, locale: string, variant: number): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const visit = (elements: Element[]) => {
    for (const element of elements) {
      const name = element.value!;
      if (element.type === 1) values[name] ??= `值${variant}`;
      if (element.type === 2 || element.type === 6) values[name] = variant * 3 + 1;
      if (element.type === 3 || element.type === 4) values[name] = new Date(Date.UTC(2026, 10, 30 + variant, 16, 5));
      if (element.type === 5) values[name] = Object.keys(element.options!)[variant % Object.keys(element.options!).length];
      if (element.type === 8) values[name] = (chunks: string[]) => `[${chunks.join('')}]`;
      for (const option of Object.values(element.options ?? {})) visit(option.value);
      visit(element.children ?? []);
    }
  };
  visit(new IntlMessageFormat(message, locale).getAst() as Element[]);
  return values;
}

describe('server translators', () => {
  for (const [locale, catalog] of [['zh-CN', zhCN], ['en', en]] as const) {
    it(`format every ${locale} message with arguments as use-intl does, compiling each once`, () => {
      const found = messagesWithArguments(catalog as Catalog);
      expect(found.length).toBeGreaterThan(50);
      for (const [namespace, key, message] of found) {
        const fast = getTranslationsFor(locale as Locale, namespace as keyof Messages) as unknown as (key: string, values: Record<string, unknown>) => unknown;
        const plain = createTranslator({ locale, messages: catalog, namespace: namespace as keyof Messages, timeZone: TIME_ZONE }) as unknown as typeof fast;
        // Twice each with other values: the second call is formatted with the message compiled by the first.
        for (const variant of [0, 1, 2]) {
          const values = valuesFor(message, locale, variant);
          expect(fast(key, values), `${locale} ${namespace}.${key} (${variant})`).toEqual(plain(key, values));
        }
      }
    });
  }
});
