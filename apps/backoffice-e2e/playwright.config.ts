import { defineConfig } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './src/e2e-env';

/**
 * Smoke test of the built console served by the real API (one process, one port):
 * `nx e2e backoffice-e2e` builds api and backoffice first, then this starts
 * `node dist/apps/api/main.js` on an embedded database in a fresh temporary directory.
 * Chromium is the system one (no `playwright install`; no internet needed).
 */
const workspaceRoot = resolve(__dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 3411);
const baseURL = `http://127.0.0.1:${port}`;


// The config is loaded by the runner and again by each worker; make the data directory once.
const DATA_DIR_ENV = 'NIAGA_E2E_DATA_DIR';
if (!process.env[DATA_DIR_ENV]) {
  const dir = mkdtempSync(join(tmpdir(), 'niaga-backoffice-e2e-'));
  process.env[DATA_DIR_ENV] = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}
// Playwright passes its own environment to the server: make sure it uses the embedded database.
delete process.env['DATABASE_URL'];

export default defineConfig({
  testDir: './src',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'id-ID',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: 'node dist/apps/api/main.js',
    cwd: workspaceRoot,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore', // one JSON line per request; start-up failures go to stderr
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: process.env[DATA_DIR_ENV] as string,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      JWT_SECRET: 'niaga-backoffice-e2e-secret-not-for-production-0123456789',
    },
  },
});
