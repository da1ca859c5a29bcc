import { describe, expect, it } from 'vitest';
import { clientAddress, normalize, PEER_HEADER, trustedProxyHops } from './client-address';

const headers = (values: Record<string, string>) => new Headers(values);

describe('clientAddress', () => {
  it('without TRUST_PROXY: the connection the server stamped, never X-Forwarded-For', () => {
    const request = headers({ [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': '10.9.9.9' });
    expect(clientAddress(request, undefined)).toBe('203.0.113.7');
    expect(clientAddress(request, 'false')).toBe('203.0.113.7');
    expect(clientAddress(headers({ 'x-forwarded-for': '10.9.9.9' }), undefined)).toBeNull();
  });

  it('behind one proxy: the address our proxy appended, not what the client wrote before it', () => {
    const request = headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': '10.9.9.9, 203.0.113.7' });
    expect(clientAddress(request, 'true')).toBe('203.0.113.7');
    expect(clientAddress(request, '1')).toBe('203.0.113.7');
    expect(clientAddress(request, '2')).toBe('10.9.9.9');
  });

  it('behind a proxy that received no header: the peer', () => {
    expect(clientAddress(headers({ [PEER_HEADER]: '127.0.0.1' }), '1')).toBe('127.0.0.1');
  });

  it('reads TRUST_PROXY as a number of proxies', () => {
    expect([undefined, '', '0', 'false', 'yes', '-1'].map((value) => trustedProxyHops(value))).toEqual([0, 0, 0, 0, 0, 0]);
    expect([' true ', '1', '2'].map((value) => trustedProxyHops(value))).toEqual([1, 1, 2]);
  });
});

describe('normalize', () => {
  it('keeps IPv4, unwraps IPv4 in IPv6, and groups IPv6 by its /64', () => {
    expect(normalize('::ffff:192.0.2.5')).toBe('192.0.2.5');
    expect(normalize('2001:db8:0:12:abcd::1')).toBe('2001:db8:0:12::/64');
    expect(normalize('2001:DB8:0:12:ffff:1:2:3')).toBe('2001:db8:0:12::/64');
    expect(normalize('[2001:db8::1]')).toBe('2001:db8:0:0::/64');
    expect(normalize('')).toBeNull();
  });
});
