import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: browsers cannot be downloaded on our machines (see README).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Several checkouts may test at once on one machine: each picks its own port.
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Ceilings, not measurements: a test passes as soon as the states it waits for are shown, and
  // these only stop one that never will. They leave room for a busy machine (npm test must pass
  // with both cores taken by other work); slow steps (axe on a whole page) mark their test slow.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
