import { describe, expect, it } from 'vitest';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { readerPageHeaderRules } from './reader-cache';
import { isStaffPath, readerContentSecurityPolicy, securityHeaderRules, staffContentSecurityPolicy } from './security-headers';

/** Every header Next.js would set on `pathname` from these rules, matching as it does. */
function headersOf(pathname: string, siteUrl?: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of [...readerPageHeaderRules(), ...securityHeaderRules(siteUrl)]) {
    if (getPathMatch(rule.source)(pathname) === false) continue;
    for (const header of rule.headers) result[header.key.toLowerCase()] = header.value;
  }
  return result;
}

const READER = ['/', '/wanghe', '/wanghe/search', '/wanghe/1203/1/cm123', '/api/v1/publications', '/media/x/480.webp', '/sitemap.xml', '/newsroomish', '/loginx'];
const STAFF = ['/newsroom', '/newsroom/issues/1204', '/login', '/setup'];

describe('security headers', () => {
  it('sends nosniff and a referrer policy on every path', () => {
    for (const pathname of [...READER, ...STAFF]) {
      expect(headersOf(pathname)['x-content-type-options'], pathname).toBe('nosniff');
      expect(headersOf(pathname)['referrer-policy'], pathname).toBe('strict-origin-when-cross-origin');
    }
  });

  it('gives reader paths the static policy and leaves staff paths to the nonce policy of proxy.ts', () => {
    for (const pathname of READER) expect(headersOf(pathname)['content-security-policy'], pathname).toBe(readerContentSecurityPolicy());
    for (const pathname of STAFF) {
      expect(headersOf(pathname)['content-security-policy'], pathname).toBeUndefined();
      expect(headersOf(pathname)['x-frame-options'], pathname).toBe('DENY');
      expect(isStaffPath(pathname), pathname).toBe(true);
    }
    for (const pathname of READER) expect(isStaffPath(pathname), pathname).toBe(false);
  });

  it('keeps the reader cache policy', () => {
    expect(headersOf('/wanghe/1203')['cache-control']).toBe('public, s-maxage=1, stale-while-revalidate=600');
    expect(headersOf('/newsroom')['cache-control']).toBeUndefined();
  });

  it('staff pages run scripts by nonce only and are never framed', () => {
    const policy = staffContentSecurityPolicy('abc123');
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(readerContentSecurityPolicy()).toContain("object-src 'none'");
  });

  it('lets staff pages connect to the collaboration server and nowhere else', () => {
    expect(staffContentSecurityPolicy('n', 'wss://news.example.cn/collab')).toContain("connect-src 'self' wss://news.example.cn;");
    expect(staffContentSecurityPolicy('n', undefined)).toContain("connect-src 'self';");
    expect(staffContentSecurityPolicy('n', 'not a url')).toContain("connect-src 'self';");
    expect(readerContentSecurityPolicy()).toContain("connect-src 'self';");
  });

  it('sends HSTS only when the site is served over HTTPS', () => {
    expect(headersOf('/', 'https://news.example.cn')['strict-transport-security']).toBe('max-age=31536000');
    expect(headersOf('/')['strict-transport-security']).toBeUndefined();
    expect(headersOf('/', 'http://localhost:3000')['strict-transport-security']).toBeUndefined();
  });
});
