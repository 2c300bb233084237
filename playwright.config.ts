import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the web app on the real stack: each test worker starts its own PostgreSQL
 * database, API, worker, web app and SMTP server (test/web/support/stack.ts) and drives Debian's
 * Chromium. No browser is ever downloaded.
 */
export default defineConfig({
  testDir: 'test/web',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // The stack takes a while to start on a small machine: once per worker.
  globalTimeout: 45 * 60_000,
  reporter: [['list']],
  outputDir: 'test-results/playwright',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    screenshot: 'off',
  },
});
