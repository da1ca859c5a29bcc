import { describe, expect, it } from 'vitest';
import { correctionLine, creditsLine, pageFootLine, permitLine, sourceLine } from './print-lines';

describe('printed lines', () => {
  it('sets the source of a reprint in full-width parentheses', () => {
    expect(sourceLine('工人日报')).toBe('（来源：工人日报）');
  });
  it('wraps credits once', () => {
    expect(creditsLine('侯建宁 马宇晗')).toBe('（侯建宁 马宇晗）');
    expect(creditsLine('（侯建宁）')).toBe('（侯建宁）');
  });
  it('prints the page foot with a full-width space between the two credits', () => {
    expect(pageFootLine('赵慧慧', '王莹莹')).toBe('责任编辑/赵慧慧　美编/王莹莹');
    expect(pageFootLine(null, '王莹莹')).toBe('责任编辑/—　美编/王莹莹');
  });
  it('prints the permit number', () => {
    expect(permitLine('京内资准字 0710—L0070号')).toBe('准印证号：京内资准字 0710—L0070号');
  });
});

describe('correction notes', () => {
  it('dates the note', () => {
    expect(correctionLine('2026年11月24日', '第二段中“12部”应为“14部”。')).toBe('更正（2026年11月24日）：第二段中“12部”应为“14部”。');
  });
});
