// What the app shell uses of the PWA: whether a new version waits. The service worker's
// registration (./register.ts, with workbox-window) is loaded by src/main.tsx after the first paint.

export * from './eviction.ts'
export * from './update-store.ts'
