import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// A second server of the same build on an empty database: a fresh install (e2e/first-run.spec.ts).
const FIRST_RUN_PORT = Number(process.env.E2E_FIRST_RUN_PORT ?? PORT + 1);
// Two more servers of the same build on one database, sharing one cache of rendered
// pages, as production runs several behind nginx (e2e/cluster.spec.ts).
const CLUSTER_PORT = Number(process.env.E2E_CLUSTER_PORT ?? PORT + 2);
const isCI = !!process.env.CI;
// Each server's public origin (SITE_URL) is the address the tests browse: links it writes
// (canonical, og:url, feed, sitemaps) must be on it (e2e/absolute-urls.spec.ts).
const origin = (port: number) => `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  // The machine has 2 cores, shared by the app, PostgreSQL and the browser.
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: origin(PORT),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'demo', testIgnore: /(first-run|cluster)\.spec\.ts/ },
    { name: 'first-run', testMatch: /first-run\.spec\.ts/, use: { baseURL: origin(FIRST_RUN_PORT) } },
    { name: 'cluster', testMatch: /cluster\.spec\.ts/, use: { baseURL: origin(CLUSTER_PORT) } },
  ],
  webServer: [
    {
      command: 'npx tsx scripts/e2e-server.ts',
      url: `${origin(PORT)}/login`,
      env: { SITE_URL: origin(PORT) },
      reuseExistingServer: !isCI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx scripts/e2e-server.ts --empty',
      url: `${origin(FIRST_RUN_PORT)}/setup`,
      env: { E2E_FIRST_RUN_PORT: String(FIRST_RUN_PORT), SITE_URL: origin(FIRST_RUN_PORT) },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx scripts/e2e-cluster.ts',
      // Server B; the test waits for server A as well.
      url: `${origin(CLUSTER_PORT + 1)}/login`,
      // Both servers have one public origin, server A's (the project's baseURL).
      env: { E2E_CLUSTER_PORT: String(CLUSTER_PORT), SITE_URL: origin(CLUSTER_PORT) },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
