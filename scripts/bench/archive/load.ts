// Load measurement with wrk, and nginx both as the static-file yardstick and
// as the HTTP cache in front of the app (how reader pages are served in production).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import http from 'node:http';

export type LoadResult = { rps: number; p50: number; p95: number; p99: number; failed: number };

const REPORT_LUA = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('\\n{"requests":%d,"duration":%d,"p50":%f,"p95":%f,"p99":%f,"errors":%d,"status":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
`;

export function writeReportScript(dir: string): string {
  const file = path.join(dir, 'report.lua');
  writeFileSync(file, REPORT_LUA);
  return file;
}

/**
 * A wrk script that asks for a different one of `paths` with every request (at
 * random, the same sequence in every run), so that neither the app nor a cache
 * in front of it sees one URL over and over.
 */
export function writeRotatingScript(dir: string, name: string, paths: string[]): string {
  const file = path.join(dir, `${name}.lua`);
  const list = paths.map((p) => `"${p.replace(/["\\]/g, '')}"`).join(',\n');
  // Each wrk thread has its own Lua state: seed each differently, the same in every run.
  writeFileSync(
    file,
    `paths = {\n${list}\n}\nlocal threads = 0\nsetup = function(thread)\n  threads = threads + 1\n  thread:set("seed", threads)\nend\ninit = function()\n  math.randomseed(seed * 7919)\nend\nrequest = function()\n  return wrk.format("GET", paths[math.random(#paths)])\nend\n${REPORT_LUA}`,
  );
  return file;
}

/**
 * A wrk script that walks `paths` in order, each of wrk's two threads taking every
 * other one, so that no path is asked twice until all have been (then it starts
 * again, and the report says how many were asked).
 */
export function writeSequenceScript(dir: string, name: string, paths: string[]): string {
  const file = path.join(dir, `${name}.lua`);
  const list = paths.map((p) => `  ${JSON.stringify(p)},`).join('\n');
  writeFileSync(
    file,
    `paths = {\n${list}\n}\nlocal threads = 0\nsetup = function(thread)\n  threads = threads + 1\n  thread:set("id", threads)\nend\nlocal asked = 0\nrequest = function()\n  local k = (asked * 2 + id - 1) % #paths + 1\n  asked = asked + 1\n  return wrk.format("GET", paths[k])\nend\n${REPORT_LUA}`,
  );
  return file;
}

function parseWrk(output: string): LoadResult {
  const line = output.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  if (!line) throw new Error(`wrk printed no report:\n${output}`);
  const r = JSON.parse(line) as { requests: number; duration: number; p50: number; p95: number; p99: number; errors: number; status: number };
  return { rps: r.requests / (r.duration / 1e6), p50: r.p50 / 1000, p95: r.p95 / 1000, p99: r.p99 / 1000, failed: r.errors + r.status };
}

/** As runWrk, without blocking: for doing something to the servers while wrk runs. */
export function runWrkAsync({ url, connections, seconds, script }: { url: string; connections: number; seconds: number; script: string }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const wrk = spawn('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    wrk.stdout.on('data', (chunk) => (output += chunk));
    wrk.on('error', reject);
    wrk.on('exit', () => {
      try {
        resolve(parseWrk(output));
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** wrk with two threads (the machine's cores); latencies in milliseconds. */
export function runWrk({ url, connections, seconds, script }: { url: string; connections: number; seconds: number; script: string }): LoadResult {
  return parseWrk(execFileSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, url], { encoding: 'utf8' }));
}

/**
 * The start of an nginx.conf run from `dir` by root for a benchmark: its pid,
 * logs and temporary files under `dir`, and the `reader` cache zone in `dir`/cache.
 * Opens the `http` block; the caller adds its servers and closes it.
 */
export function nginxHead(dir: string, workerConnections: number): string {
  return `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections ${workerConnections}; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=reader:10m max_size=1g inactive=10m use_temp_path=off;`;
}

/**
 * nginx serving `html` as a static file on staticPort, and on cachePort a
 * caching proxy to the app that honours the app's Cache-Control (s-maxage,
 * stale-while-revalidate): the production set-up for the reader site. No cache lock:
 * requests waiting on one make nginx look again every half second, so with the cache
 * empty, 50 readers of 147 searches got 68 answers in the first second (p50 463 ms)
 * where without it they got 1,324; the app's page cache renders an address once for
 * the readers asking for it at the same moment (a search twice: the first reader's
 * alone, see lib/server/page-cache).
 */
export function startNginx({ dir, html, staticPort, cachePort, appPort }: { dir: string; html: string; staticPort: number; cachePort: number; appPort: number }): ChildProcess {
  for (const sub of ['static', 'cache', 'tmp']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'static/index.html'), html);
  // nginx's workers run as an unprivileged user and must be able to read these.
  for (const sub of ['', 'static', 'cache', 'tmp']) chmodSync(path.join(dir, sub), 0o777);
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `${nginxHead(dir, 2048)}
  default_type text/html;
  upstream app { server 127.0.0.1:${appPort}; keepalive 32; }
  server {
    listen 127.0.0.1:${staticPort};
    root ${dir}/static;
    location = / { try_files /index.html =404; }
  }
  server {
    listen 127.0.0.1:${cachePort};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_cache reader;
      proxy_cache_lock off;
      proxy_cache_use_stale error timeout updating http_503;
      proxy_cache_background_update on;
      add_header X-Cache $upstream_cache_status;
    }
  }
}
`,
  );
  return spawn('nginx', ['-c', conf, '-g', 'daemon off;'], { stdio: 'inherit' });
}

/**
 * Readers arriving at a steady `rate` a second, evenly spaced, each asking for the
 * next of `paths` (none twice; the run ends with the list): the latency a reader sees
 * while the app answers that many a second, where wrk's fixed number of connections
 * measures how many it answers at most (its latency is then mostly their queue).
 * Each request is sent at its time on a free keep-alive connection, however many are
 * still waiting, and its latency counts from that time, so a late start counts against
 * the app. (autocannon's set rate is not steady: each connection sends its share of a
 * second as fast as it can when the second starts, so readers came in bursts of 50.)
 */
export async function runPaced({ base, paths, rate }: { base: string; paths: string[]; rate: number }): Promise<LoadResult & { p975: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
  const { hostname, port } = new URL(base);
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    paths.map(
      (path, index) =>
        new Promise<void>((resolve) => {
          const due = started + (index * 1000) / rate;
          const send = () => {
            const request = http.get({ hostname, port, path, agent }, (response) => {
              response.resume();
              response.on('end', () => {
                if ((response.statusCode ?? 500) >= 400) failed++;
                latencies.push(performance.now() - due);
                resolve();
              });
            });
            request.setTimeout(10_000, () => request.destroy());
            request.on('error', () => {
              failed++;
              resolve();
            });
          };
          setTimeout(send, Math.max(0, due - performance.now()));
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * share) - 1)] ?? 0;
  return { rps: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p975: at(0.975), p99: at(0.99), failed };
}
