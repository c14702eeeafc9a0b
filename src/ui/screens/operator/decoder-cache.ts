// The QR decoder's .wasm (≈950 KB) is not precached with the app, so holders' phones never
// download it. In operator mode it is put in the service worker's runtime cache (same cache name
// as the CacheFirst route in vite.config.ts) as soon as the operator's home shows, so that scanning
// works offline afterwards. The Cache API is used directly: it works before the service worker
// controls the page.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'

/** Name of the runtime cache holding the decoder (see vite.config.ts). */
export const DECODER_CACHE = 'livret-decoder'

/** Caches the decoder once, if it is not cached yet; failures (offline, no Cache API) are ignored. */
export async function cacheDecoder(): Promise<void> {
  try {
    if (typeof caches === 'undefined') return
    const cache = await caches.open(DECODER_CACHE)
    if (await cache.match(wasmUrl)) return
    await cache.add(wasmUrl)
  } catch {
    // Offline or storage refused: the decoder is fetched when the camera is first used.
  }
}
