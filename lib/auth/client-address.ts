// Where a request comes from, for throttling sign-ins per address.
//
// Next.js hands route code no socket. It fills X-Forwarded-For with the peer's
// address only when the request has none, so a client talking to the app
// directly could name any address it likes there. The server therefore stamps
// the connection's own address on every request as PEER_HEADER before Next.js
// sees it (lib/server/peer-address.ts, from instrumentation.ts), replacing any
// value a client sent, and X-Forwarded-For is read only when TRUST_PROXY says
// how many proxies of ours stand in front.
import { isIPv6 } from 'node:net';

export const PEER_HEADER = 'x-masthead-peer';

/**
 * TRUST_PROXY: unset, `0` or `false` — clients connect to the app directly; `true` or `1` —
 * one proxy (nginx) in front that appends the client's address to X-Forwarded-For; `N` — N proxies.
 */
export function trustedProxyHops(setting = process.env.TRUST_PROXY): number {
  const value = setting?.trim().toLowerCase();
  if (!value || value === 'false') return 0;
  if (value === 'true') return 1;
  const hops = Number(value);
  return Number.isInteger(hops) && hops >= 0 && hops < 10 ? hops : 0;
}

/** The client's address, or null when the request does not say (the address limit is then skipped). */
export function clientAddress(headers: Headers, setting = process.env.TRUST_PROXY): string | null {
  const hops = trustedProxyHops(setting);
  const peer = headers.get(PEER_HEADER);
  if (hops === 0) return normalize(peer);
  // Each proxy appends the address it was connected from: the entry `hops` from the
  // right was written by our outermost proxy; anything left of it the client could write.
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return normalize(forwarded.length >= hops ? forwarded[forwarded.length - hops] : (forwarded[0] ?? peer));
}

/** IPv4 as is (also when mapped into IPv6); IPv6 by its /64, which one household or server is given whole. */
export function normalize(address: string | null | undefined): string | null {
  const value = address?.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (!value) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) return mapped[1];
  if (!isIPv6(value)) return value.slice(0, 64);
  const [head, tail = ''] = value.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = value.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
