import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './fixtures/chromiumLaunchOptions'

const clientIndex = join(import.meta.dirname, '..', 'client', 'dist', 'index.html')
if (!existsSync(clientIndex)) {
  throw new Error(
    'The e2e tests need the built client, and client/dist/index.html is missing. ' +
      'Build it with `npx pnpm --filter @minutes/client build` (`npm test` does this first).',
  )
}

const port = Number(process.env.MINUTES_E2E_PORT ?? 8791)
const baseURL = `http://127.0.0.1:${port}`
// A fresh data folder per run (`npm test` passes its own). Set in the runner's process so the
// workers, which load this file again, inherit it instead of making one each.
process.env.MINUTES_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'minutes-e2e-'))
// The secretariat's automation token: tests create documents and invitations with it.
process.env.MINUTES_E2E_ADMIN_TOKEN ??= randomBytes(24).toString('hex')
const dataDir = process.env.MINUTES_E2E_DATA_DIR
const adminToken = process.env.MINUTES_E2E_ADMIN_TOKEN

export default defineConfig({
  testDir: 'tests',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two cores: every test already drives two browsers and the server.
  workers: process.env.CI ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/results.json' },
    ],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node --import tsx ../server/src/main.ts',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    // SIGTERM lets the server flush its last writes, as in production.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      MINUTES_DATA_DIR: dataDir,
      MINUTES_ADMIN_TOKEN: adminToken,
      MINUTES_PUBLIC_URL: baseURL,
    },
  },
})
