import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

/**
 * Paths the server answers itself: never the app shell, even offline. `/api` is JSON (the page
 * remembers what it needs to open offline, and says so), `/sync` the websocket, `/p/:id` the
 * public page, `/invite/:token` the sign-in by link, `/healthz` the health check.
 */
const serverPaths = [/^\/api\//, /^\/sync\//, /^\/p\//, /^\/invite\//, /^\/healthz$/]

// In production the server serves this build and the API on one origin; in development Vite
// stands in for it and forwards everything that is not the client to the server.
export default defineConfig(({ mode }) => {
  const serverOrigin = loadEnv(mode, '.', 'MINUTES_').MINUTES_SERVER_URL ?? 'http://localhost:8787'
  return {
    plugins: [
      react(),
      // The built app shell is precached by a Workbox service worker, so that minutes opened
      // before open, read and take edits with no network. `vite dev` registers none.
      VitePWA({
        strategies: 'generateSW',
        // A new version waits until every tab of the app is closed: a page still running the
        // old one must find the chunks it loads later in the cache it started with.
        registerType: 'prompt',
        injectRegister: 'script-defer',
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{html,js,css,woff2,woff,svg,png,ico}'],
          navigateFallback: '/index.html',
          navigateFallbackDenylist: serverPaths,
          cleanupOutdatedCaches: true,
          // Above the editor chunk (about 560 kB), which every document needs offline.
          maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        },
      }),
    ],
    server: {
      proxy: {
        '/api': serverOrigin,
        '/healthz': serverOrigin,
        '/sync': { target: serverOrigin, ws: true },
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // The editor chunk (TipTap, ProseMirror, Yjs) is about 560 kB and loads only for /d/:id.
      chunkSizeWarningLimit: 700,
    },
  }
})
