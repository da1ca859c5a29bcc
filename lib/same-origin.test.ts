import { describe, expect, it } from 'vitest';
import { isCrossOrigin } from './same-origin';

const request = (headers: Record<string, string>) => new Headers({ host: 'news.example.cn', ...headers });

describe('isCrossOrigin', () => {
  it('accepts the site itself, and requests that name no page', () => {
    expect(isCrossOrigin(request({ origin: 'https://news.example.cn' }))).toBe(false);
    expect(isCrossOrigin(request({ origin: 'http://news.example.cn', 'sec-fetch-site': 'same-origin' }))).toBe(false);
    expect(isCrossOrigin(request({}))).toBe(false);
    expect(isCrossOrigin(request({ host: '127.0.0.1:8080', 'x-forwarded-host': 'news.example.cn', origin: 'https://news.example.cn' }))).toBe(false);
  });

  it('refuses a foreign page, a null origin and a cross-site fetch', () => {
    expect(isCrossOrigin(request({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossOrigin(request({ origin: 'https://news.example.cn.evil.example' }))).toBe(true);
    expect(isCrossOrigin(request({ origin: 'https://news.example.cn:8443' }))).toBe(true);
    expect(isCrossOrigin(request({ origin: 'null' }))).toBe(true);
    expect(isCrossOrigin(request({ origin: 'not a url' }))).toBe(true);
    expect(isCrossOrigin(request({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
  });
});
