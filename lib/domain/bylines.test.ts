// Bylines and credits as the paper prints them. The printed front pages in
// ../shared/seeds are the fixtures, read at test time (skipped when absent):
// every byline and credit they print must come out of these rules unchanged.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitBylineNames } from './article-workflow';
import { bylineText, creditsLine, datelineRunIn, datelineWithByline, reporterNames } from './bylines';

const seedsDir = path.resolve(import.meta.dirname, '../../../shared/seeds');
const seedLines = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((file) => file.endsWith('.txt'))
      .flatMap((file) => readFileSync(path.join(seedsDir, file), 'utf8').split('\n').map((line) => line.trim()))
  : [];

/** `本报讯（记者张雯 王健伟）2024年…` → the 电头, the byline as printed and the text after it. */
const BYLINE = /^(本报讯?)([（(][^）)]*[）)])(.+)$/u;
const bylineLines = seedLines.filter((line) => BYLINE.test(line));
const bareDatelineLines = seedLines.filter((line) => /^本报讯 \S/u.test(line));
const nameCredits = seedLines.filter((line) => /^（[\p{Script=Han} ]+）$/u.test(line));
const photoCredits = seedLines.filter((line) => /^特约摄影 \S+摄$/u.test(line));

describe.skipIf(seedLines.length === 0)('the seeds’ bylines and credits, printed again', () => {
  it('finds each kind in the seeds', () => {
    expect(bylineLines.length).toBeGreaterThan(5);
    expect(bylineLines.some((line) => line.includes('（'))).toBe(true); // full-width, 3384
    expect(bylineLines.some((line) => line.includes('('))).toBe(true); // half-width, 3405
    expect(bareDatelineLines.length).toBeGreaterThan(0);
    expect(nameCredits.length).toBeGreaterThan(0);
    expect(photoCredits.length).toBeGreaterThan(0);
  });

  it('prints each byline as the paper did when it is typed as printed, and runs it into the text without a space', () => {
    for (const line of bylineLines) {
      const [, dateline, byline, rest] = BYLINE.exec(line)!;
      const tokens = splitBylineNames(byline);
      expect(datelineWithByline(dateline, tokens), line).toBe(dateline + byline);
      expect(datelineRunIn(dateline, tokens)! + rest, line).toBe(line);
      // The names alone: no bracket, no title.
      for (const name of reporterNames(tokens)) expect(name, line).toMatch(/^\p{Script=Han}{2,4}$/u);
    }
  });

  it('prints a byline typed as bare names in the house form, as 3384 prints it', () => {
    const fullWidth = bylineLines.filter((line) => /^本报讯（记者/u.test(line));
    expect(fullWidth.length).toBeGreaterThan(0);
    for (const line of fullWidth) {
      const [, dateline, byline, rest] = BYLINE.exec(line)!;
      const names = reporterNames(splitBylineNames(byline));
      expect(datelineRunIn(dateline, names)! + rest, line).toBe(line);
    }
  });

  it('leaves a space after a 电头 with no byline', () => {
    for (const line of bareDatelineLines) expect(datelineRunIn('本报讯', [])! + line.slice('本报讯 '.length), line).toBe(line);
  });

  it('prints credits as the paper does: names closing a story in brackets, a photo credit without', () => {
    for (const line of nameCredits) {
      expect(creditsLine(line), line).toBe(line);
      expect(creditsLine(line.slice(1, -1)), line).toBe(line);
    }
    for (const line of photoCredits) expect(creditsLine(line), line).toBe(line);
  });
});

describe('bylines typed in the paper’s own form', () => {
  it('keeps the space a paper prints after the title, and its brackets', () => {
    expect(datelineWithByline('本报讯', splitBylineNames('记者 陶涛'))).toBe('本报讯（记者 陶涛）');
    expect(datelineWithByline('本报讯', splitBylineNames('(记者 陶涛)'))).toBe('本报讯(记者 陶涛)');
    expect(bylineText(splitBylineNames('通讯员李明'))).toBe('（通讯员李明）');
    expect(bylineText(['陶涛'])).toBe('（记者陶涛）');
    expect(bylineText([])).toBe('');
    expect(datelineWithByline(null, [])).toBeNull();
    expect(datelineRunIn(null, [])).toBeNull();
    expect(datelineRunIn('本报讯', ['陶涛'])).toBe('本报讯（记者陶涛）');
  });

  it('names the reporters alone, for staff links and the API', () => {
    expect(reporterNames(splitBylineNames('(记者 陶涛)'))).toEqual(['陶涛']);
    expect(reporterNames(splitBylineNames('记者张雯 王健伟'))).toEqual(['张雯', '王健伟']);
    expect(reporterNames(splitBylineNames('特约记者 李明、实习生 王芳'))).toEqual(['李明', '王芳']);
  });

  it('adds no brackets to a credit with a title or a slash', () => {
    expect(creditsLine('记者 王倚剑/文')).toBe('记者 王倚剑/文');
    expect(creditsLine('文/王倚剑 图/李冬')).toBe('文/王倚剑 图/李冬');
    expect(creditsLine('(王佳)')).toBe('(王佳)');
    expect(creditsLine('王佳')).toBe('（王佳）');
  });
});
