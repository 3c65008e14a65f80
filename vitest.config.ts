import { defineConfig } from 'vitest/config'

// One runner for every unit and integration test in the repo; e2e runs under Playwright.
export default defineConfig({
  test: {
    include: [
      '{packages/*,server,client}/src/**/*.test.{ts,tsx}',
      // The import corpus sits outside src, as documents rather than code, its tests beside it.
      'packages/import/fixtures/*.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
