// nginx in front of several app servers, as README "Production" sets it up:
// balancing, retrying the next server when one fails, caching what the app
// marks public. Besides the production front (all servers, cache on), it
// listens on one port per server count, cached and uncached, for the
// throughput comparison.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nginxHead } from '../archive/load';

export type NginxPorts = { front: number; cached: number[]; uncached: number[] };

const proxyCommon = `
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      # A server that is down or dying: try the next one (GET and HEAD only; nginx
      # never repeats a POST unless told to with non_idempotent).
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;`;

const cacheOn = `
      proxy_cache reader;
      proxy_cache_lock off;
      proxy_cache_use_stale error timeout updating http_503;
      proxy_cache_background_update on;
      proxy_no_cache $upstream_failed;
      add_header X-Cache $upstream_cache_status;`;

export function startClusterNginx({ dir, appPorts, ports }: { dir: string; appPorts: number[]; ports: NginxPorts }): ChildProcess {
  for (const sub of ['cache', 'tmp']) mkdirSync(path.join(dir, sub), { recursive: true });
  for (const sub of ['', 'cache', 'tmp']) chmodSync(path.join(dir, sub), 0o777);
  const upstream = (name: string, count: number) =>
    `upstream ${name} { ${appPorts
      .slice(0, count)
      .map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`)
      .join(' ')} keepalive 32; }`;
  const server = (port: number, target: string, cached: boolean, accessLog = 'off') => `
  server {
    listen 127.0.0.1:${port};
    access_log ${accessLog};
    location / {
      proxy_pass http://${target};${proxyCommon}${cached ? cacheOn : ''}
    }
  }`;
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `${nginxHead(dir, 4096)}
  client_max_body_size 25m;
  map $upstream_status $upstream_failed { ~^5 1; default 0; }
  ${appPorts.map((_, i) => upstream(`servers${i + 1}`, i + 1)).join('\n  ')}
  log_format answers '$status|$upstream_addr|$upstream_status|$msec';
  ${server(ports.front, `servers${appPorts.length}`, true, `${dir}/front.log answers`)}
  ${ports.cached.map((port, i) => server(port, `servers${i + 1}`, true)).join('')}
  ${ports.uncached.map((port, i) => server(port, `servers${i + 1}`, false)).join('')}
}
`,
  );
  return spawn('nginx', ['-c', conf, '-g', 'daemon off;'], { stdio: 'inherit' });
}
