import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'

// In production the server serves this build and the API on one origin; in development Vite
// stands in for it and forwards everything that is not the client to the server.
export default defineConfig(({ mode }) => {
  const serverOrigin = loadEnv(mode, '.', 'MINUTES_').MINUTES_SERVER_URL ?? 'http://localhost:8787'
  return {
    plugins: [react()],
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
