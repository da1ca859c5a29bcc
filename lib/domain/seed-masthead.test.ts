// The three real front pages in ../shared/seeds are fixtures: their printed
// masthead must be exactly what the date gives us.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseDate, chineseWeekday, lunarDateLine } from './calendar';

const seedsDir = path.resolve(import.meta.dirname, '../../../shared/seeds');
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')) : [];

describe.skipIf(seeds.length === 0)('seed mastheads', () => {
  it.each(seeds)('%s prints the weekday and lunar date its date gives', (file) => {
    const date = /(\d{4}-\d{2}-\d{2})\.txt$/.exec(file)![1];
    const lines = readFileSync(path.join(seedsDir, file), 'utf8').split('\n').map((l) => l.trim());
    const dateLine = lines.findIndex((l) => l === chineseDate(date));
    expect(dateLine, 'the masthead prints the date').toBeGreaterThan(0);
    const following = lines.slice(dateLine + 1).filter(Boolean);
    expect(following[0]).toBe(chineseWeekday(date));
    expect(following[1]).toBe(lunarDateLine(date));
  });
});
