// Runs the app server (scripts/app-server.ts: Next.js behind this server's page
// cache; building first when asked) with the given database, and stops the
// database when the app exits or the process is told to stop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const tsxCli = path.join(root, 'node_modules/tsx/dist/cli.mjs');
/** A collaboration server that stops unasked is started again after this pause, as a service manager would. */
const COLLAB_RESTART_MS = 300;

/** AUTH_SECRET from the environment, or one generated once and kept in .data/. */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, '.data/auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

export function buildApp() {
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('next build failed');
}

/**
 * Pages `next start` rendered at run time (ISR) are kept on disk in the build and
 * outlive the server: a server started on another database (the demo after the
 * e2e tests, or after the archive benchmark) would serve them. Dropped at every start.
 */
const renderedPages = path.join(root, '.next/server/route-cache');

export function startApp(options: {
  port: number;
  host?: string;
  databaseUrl: string;
  /**
   * The public origin readers use (SITE_URL): absolute links (canonical, og:url, JSON-LD,
   * feed, sitemaps) are built on it, and a production server refuses to start without it.
   * Behind a cache or proxy, its address, not the app's port.
   */
  siteUrl: string;
  keepRenderedPages?: boolean;
  /** More environment for this server only (e.g. REDIS_URL for one of several servers). */
  env?: Record<string, string>;
  /** The collaboration server's port (default: the app's port + 1000). */
  collabPort?: number;
  /** App processes on the port (APP_PROCESSES; default one per core, scripts/app-server.ts). */
  processes?: number;
  onExit: (code: number) => Promise<void>;
}) {
  if (!options.keepRenderedPages) rmSync(renderedPages, { recursive: true, force: true });
  const hostArgs = options.host ? ['-H', options.host] : [];
  const collabPort = options.collabPort ?? options.port + 1000;
  // Browsers reach the collaboration server on the host name they use for the site, so the session cookie goes with them.
  const collabUrl = process.env.COLLAB_URL ?? `ws://${new URL(options.siteUrl).hostname}:${collabPort}`;
  const env = {
    ...process.env,
    ...options.env,
    SITE_URL: options.siteUrl,
    PORT: String(options.port),
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: authSecret(),
    COLLAB_URL: collabUrl,
    COLLAB_PORT: String(collabPort),
    COLLAB_ALLOWED_ORIGINS: [`http://localhost:${options.port}`, `http://127.0.0.1:${options.port}`, process.env.COLLAB_ALLOWED_ORIGINS].filter(Boolean).join(','),
    ...(options.processes ? { APP_PROCESSES: String(options.processes) } : {}),
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const app = spawn(process.execPath, [tsxCli, path.join(root, 'scripts/app-server.ts'), '-p', String(options.port), ...hostArgs], { cwd: root, stdio: 'inherit', env });
  const collab = superviseCollabServer(env);
  const stop = () => {
    collab.stop();
    app.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // A caller that kills the app and exits at once (bench:archive) never hears the app's exit below.
  process.on('exit', () => collab.stop());
  app.on('exit', (code) => {
    collab.stop();
    void options.onExit(code ?? 0);
  });
  return app;
}

/** Runs the collaboration server (scripts/collab-server.ts) and starts it again whenever it stops unasked. */
function superviseCollabServer(env: NodeJS.ProcessEnv) {
  let stopped = false;
  let child: ReturnType<typeof spawn>;
  const start = () => {
    child = spawn(process.execPath, [tsxCli, '--conditions=react-server', path.join(root, 'scripts/collab-server.ts')], { cwd: root, stdio: 'inherit', env });
    child.on('exit', (code, signal) => {
      if (stopped) return;
      console.warn(`[collab] stopped (${signal ?? code}); starting again`);
      setTimeout(() => !stopped && start(), COLLAB_RESTART_MS);
    });
  };
  start();
  return {
    stop() {
      stopped = true;
      child.kill('SIGTERM');
    },
  };
}
