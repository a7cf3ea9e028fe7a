import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { FIXTURE_SERVER_PORT } from './e2e/fixture-server-port.ts';
import { chromiumLaunchOptions } from './scripts/chromium-options.ts';

// PARLEY_APP_PORT moves the app's server, so several checkouts can run the suite side by side.
const APP_PORT = Number(process.env.PARLEY_APP_PORT ?? 4173);
const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Playwright's default is half the cores: one worker on a 2-core machine. The suite mostly waits (for pages,
  // frames, axe), so two workers on 2 cores ran it in 11.7 min instead of 31–36 (4 December 2026).
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // The default dataset grew to February 2025 – March 2026 (58 rounds, 498 sources, 0.5 MB): on a shared
  // two-core machine a first load plus an axe scan of the whole page can take longer than 30 s.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: [
    {
      // The production build, as users get it.
      command: `npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A second origin: datasets "from elsewhere" for ?data= tests.
      command: `npx tsx e2e/fixture-server.ts`,
      url: `http://127.0.0.1:${FIXTURE_SERVER_PORT}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
