import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// A second server of the same build on an empty database: a fresh install (e2e/first-run.spec.ts).
const FIRST_RUN_PORT = Number(process.env.E2E_FIRST_RUN_PORT ?? PORT + 1);
// Two more servers of the same build on one database, sharing one cache of rendered
// pages, as production runs several behind nginx (e2e/cluster.spec.ts).
const CLUSTER_PORT = Number(process.env.E2E_CLUSTER_PORT ?? PORT + 2);
const isCI = !!process.env.CI;

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
    baseURL: `http://127.0.0.1:${PORT}`,
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
    { name: 'first-run', testMatch: /first-run\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${FIRST_RUN_PORT}` } },
    { name: 'cluster', testMatch: /cluster\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${CLUSTER_PORT}` } },
  ],
  webServer: [
    {
      command: 'npx tsx scripts/e2e-server.ts',
      url: `http://127.0.0.1:${PORT}/login`,
      reuseExistingServer: !isCI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx scripts/e2e-server.ts --empty',
      url: `http://127.0.0.1:${FIRST_RUN_PORT}/setup`,
      env: { E2E_FIRST_RUN_PORT: String(FIRST_RUN_PORT) },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx scripts/e2e-cluster.ts',
      // Server B; the test waits for server A as well.
      url: `http://127.0.0.1:${CLUSTER_PORT + 1}/login`,
      env: { E2E_CLUSTER_PORT: String(CLUSTER_PORT) },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
