// A 5xx must never be kept by a cache in front of the app. next.config.ts
// `headers()` puts the reader's public Cache-Control on every response of a
// reader address, and Next.js keeps it when a dynamic page (search, 往期回顾)
// fails to render: a 500 went out as `public, s-maxage=60`. No rule of
// next.config.ts or proxy.ts can see the status, so every HTTP response of this
// process is checked as its head is written (instrumentation.ts installs this).
import http from 'node:http';

export const SERVER_ERROR_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate';

const INSTALLED = Symbol.for('masthead.noStoreServerErrors');

type WriteHead = http.ServerResponse['writeHead'];

export function noStoreServerErrors() {
  const prototype = http.ServerResponse.prototype as http.ServerResponse & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  const writeHead = prototype.writeHead;
  prototype.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode >= 500) {
      this.setHeader('Cache-Control', SERVER_ERROR_CACHE_CONTROL);
      // Headers passed to writeHead itself win over setHeader's: correct them there too.
      for (const headers of rest) {
        if (Array.isArray(headers)) {
          // Flat [name, value, name, value…] form.
          for (let i = 0; i + 1 < headers.length; i += 2) if (String(headers[i]).toLowerCase() === 'cache-control') headers[i + 1] = SERVER_ERROR_CACHE_CONTROL;
        } else if (headers && typeof headers === 'object') {
          for (const name of Object.keys(headers)) if (name.toLowerCase() === 'cache-control') (headers as Record<string, unknown>)[name] = SERVER_ERROR_CACHE_CONTROL;
        }
      }
    }
    return Reflect.apply(writeHead, this, [statusCode, ...rest]) as http.ServerResponse;
  } as WriteHead;
  prototype[INSTALLED] = true;
}
