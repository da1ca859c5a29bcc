import { describe, expect, it } from 'vitest';
import zhCN from '../../messages/zh-CN.json';
import en from '../../messages/en.json';

type Catalog = { [key: string]: string | Catalog };

/** Every nested key path, e.g. `articles.toolbar.bold` (intermediate objects included). */
function keyPaths(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => {
    const path = prefix + key;
    return typeof value === 'string' ? [path] : [path, ...keyPaths(value, `${path}.`)];
  });
}

/** Leaf messages keyed by their full path. */
function leaves(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix + key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, `${path}.`)) out.set(p, v);
  }
  return out;
}

/**
 * ICU argument names: the first identifier after a '{' that is followed by ',' or '}'
 * ({name}, {count, plural, ...}). Plural branch bodies such as `{# issues}` start with '#'
 * or text and are therefore not picked up.
 */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([\p{L}_][\p{L}\p{N}_]*)\s*[,}]/gu)) names.add(match[1]);
  return [...names].sort();
}

const catalogs = { 'zh-CN': zhCN as Catalog, en: en as Catalog };

describe('message catalogs', () => {
  it('have exactly the same nested key paths', () => {
    const zhPaths = keyPaths(catalogs['zh-CN']);
    const enPaths = keyPaths(catalogs.en);
    expect(zhPaths.length).toBeGreaterThan(0);
    expect(new Set(enPaths)).toEqual(new Set(zhPaths));
    expect(enPaths).toHaveLength(zhPaths.length);
  });

  it('use the same kind of value (message or group) under each key', () => {
    const zh = leaves(catalogs['zh-CN']);
    const enLeaves = leaves(catalogs.en);
    expect([...enLeaves.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('use the same ICU argument names for every message', () => {
    const zh = leaves(catalogs['zh-CN']);
    const enLeaves = leaves(catalogs.en);
    const mismatches: string[] = [];
    for (const [path, zhMessage] of zh) {
      const zhArgs = argumentNames(zhMessage);
      const enArgs = argumentNames(enLeaves.get(path) ?? '');
      if (zhArgs.join(',') !== enArgs.join(',')) {
        mismatches.push(`${path}: zh-CN {${zhArgs.join(', ')}} vs en {${enArgs.join(', ')}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('extracts argument names from simple and plural arguments', () => {
    expect(argumentNames('{name}（{roles}）')).toEqual(['name', 'roles']);
    expect(argumentNames('{count, plural, one {# issue} other {# issues}}')).toEqual(['count']);
    expect(argumentNames('No placeholders here.')).toEqual([]);
  });
});
