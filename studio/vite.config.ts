import { defineConfig } from 'vitest/config';

// Studio is served by the gateway on the API's origin (deploy/gateway/studio.ts); `npm run dev` proxies /graphql and
// /studio/config.json to a running local suite (deploy/local/motiv up) so the dev server behaves the same.
const gateway = process.env.MOTIV_STUDIO_GATEWAY ?? 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/graphql': gateway, '/studio/config.json': gateway },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
