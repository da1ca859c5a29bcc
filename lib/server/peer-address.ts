// Next.js gives route code no socket, and keeps an X-Forwarded-For a client
// sent itself. So that the app knows the address a request really came from
// (lib/auth/client-address.ts), every HTTP server in this process stamps the
// connection's address on each request before Next.js reads it, overwriting
// any header of that name the client sent.
import http from 'node:http';
import { PEER_HEADER } from '@/lib/auth/client-address';

const STAMPED = Symbol.for('masthead.peerAddressStamped');

export function stampPeerAddresses() {
  const prototype = http.Server.prototype as http.Server & { [STAMPED]?: true };
  if (prototype[STAMPED]) return;
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      const peer = request.socket?.remoteAddress;
      if (peer) request.headers[PEER_HEADER] = peer;
      else delete request.headers[PEER_HEADER];
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  prototype[STAMPED] = true;
}
