import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { escoIndexPlugin } from './scripts/vite-esco-plugin.ts'

// The PWA: Preact, and a workbox service worker that precaches the app shell so that the
// booklet opens offline after the first visit. `registerType: 'prompt'` because an update
// must be accepted by the person, never applied silently (see src/pwa/).
export default defineConfig({
  plugins: [
    preact(),
    escoIndexPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2,wasm}'],
        // The QR decoder (operator mode only, ≈950 KB) is cached at run time in that mode
        // (src/ui/screens/operator/decoder-cache.ts), not precached on every holder's phone.
        globIgnores: ['**/zxing_reader-*.wasm'],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/zxing_reader-[\w-]+\.wasm$/,
            handler: 'CacheFirst',
            options: { cacheName: 'livret-decoder', expiration: { maxEntries: 1 } },
          },
          // ESCO index (src/features/esco): the manifest names the version folder, so it is asked of
          // the network first (falls back to the cache offline); versioned files never change.
          {
            urlPattern: /\/esco\/manifest\.json$/,
            handler: 'NetworkFirst',
            options: {
              cacheName: 'livret-esco-manifest',
              networkTimeoutSeconds: 3,
              expiration: { maxEntries: 1 },
            },
          },
          {
            urlPattern: /\/esco\/[a-f0-9]+\/[\w.-]+\.json$/,
            handler: 'CacheFirst',
            options: { cacheName: 'livret-esco', expiration: { maxEntries: 14 } },
          },
        ],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/sync\//, /^\/rooms\//, /^\/healthz/, /^\/metrics/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { target: 'es2020', sourcemap: false },
  server: { port: 5173 },
})
