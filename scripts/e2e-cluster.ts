// Two app servers on one database, sharing the cache of rendered pages through
// Redis and their photos through S3-compatible storage (s3rver, its own process),
// as production runs several behind nginx: the server Playwright's
// `cluster` project starts for e2e/cluster.spec.ts. Server A listens on
// E2E_CLUSTER_PORT (default E2E_PORT + 2), server B on the port after it.
// CLUSTER_SHARED_CACHE=off leaves Redis out, to see the test fail without it.
// Server B sends searches through Next.js's router (DIRECT_ROUTES=off), A answers
// them itself: e2e/direct-search-cluster.spec.ts compares the two.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareEmbeddedDatabase } from './prepare-database';
import { startApp } from './run-app';
import { startRedis } from './cluster/redis-server';
import { startS3Server } from '../tests/support/s3-server';

const portA = Number(process.env.E2E_CLUSTER_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2);
const ports = [portA, portA + 1];

process.env.MEDIA_DIR ??= mkdtempSync(path.join(tmpdir(), 'masthead-e2e-cluster-media-'));
// The seed writes the demo's photos into the bucket both servers read.
const s3 = await startS3Server({ bucket: 'masthead-e2e-cluster' });
Object.assign(process.env, s3.env);
const postgres = await prepareEmbeddedDatabase({ dataDir: 'temporary', port: 0, demo: true });
const redis = process.env.CLUSTER_SHARED_CACHE === 'off' ? null : await startRedis();

// Several servers, one public origin (nginx's, in production): here server A's address.
const siteUrl = process.env.SITE_URL ?? `http://127.0.0.1:${portA}`;
let stopping = false;
const apps = ports.map((port) =>
  startApp({
    port,
    host: '127.0.0.1',
    siteUrl,
    databaseUrl: postgres.url,
    // Four e2e servers share two cores with the browsers: one app process each.
    processes: 1,
    // The other e2e servers run the same build: leave their on-disk pages alone.
    keepRenderedPages: true,
    env: { ...(redis ? { REDIS_URL: redis.url } : {}), ...(port === portA ? {} : { DIRECT_ROUTES: 'off' }) },
    onExit: async (code) => {
      if (stopping) return;
      stopping = true;
      for (const app of apps) app.kill('SIGTERM');
      await redis?.stop();
      await postgres.stop();
      await s3.stop();
      process.exit(code);
    },
  }),
);
