// The relay serves the built PWA: deep links get the app, assets are compressed once and
// served with their type, nothing outside the app's folder is reachable, and every answer
// carries the headers that keep third parties out.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Relay, startRelay } from '../../sync-server/server.ts'

let relay: Relay
let dir: string
// A large asset (like the QR decoder's .wasm): half repeated text, half pseudo-random bytes.
const big = Buffer.concat([
  Buffer.from('livret '.repeat(80_000)),
  Buffer.from(Array.from({ length: 500_000 }, (_, i) => (i * 2654435761) >>> 24)),
])
const script = `export const greeting = ${JSON.stringify('bonjour '.repeat(400))}\n`

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${relay.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      })
      req.on('error', reject)
      req.end()
    },
  )
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livret-static-'))
  await mkdir(join(dir, 'dist', 'assets'), { recursive: true })
  await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><title>Livret</title>')
  await writeFile(join(dir, 'dist', 'assets', 'app.js'), script)
  await writeFile(join(dir, 'dist', 'assets', 'big.wasm'), big)
  await writeFile(join(dir, 'secret.txt'), 'outside the app')
  relay = await startRelay({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(dir, 'data'),
    distDir: join(dir, 'dist'),
    logLevel: 'silent',
  })
})

afterAll(async () => {
  await relay.close()
  await rm(dir, { recursive: true, force: true })
})

describe('static files', () => {
  it('compresses a large file once, off the event loop, for requests that arrive together', async () => {
    const [a, b, health] = await Promise.all([
      get('/assets/big.wasm', { 'accept-encoding': 'br' }),
      get('/assets/big.wasm', { 'accept-encoding': 'br' }),
      get('/healthz'),
    ])
    expect(health.status).toBe(200)
    for (const res of [a, b]) {
      expect(res.status).toBe(200)
      expect(res.headers['content-encoding']).toBe('br')
      expect(brotliDecompressSync(res.body).equals(big)).toBe(true)
    }
    expect(a.body.equals(b.body)).toBe(true)
    expect(a.body.length).toBeLessThan(big.length * 0.7)
    // How fast (quality 5 for large files; quality 11 took ~8 s for the real 950 KB decoder under
    // load): `npm run bench:latency` prints it (brotliFirstMs).
  })

  it('answers a deep link with the app and its security headers', async () => {
    const res = await get('/competences/abc')
    expect(res.status).toBe(200)
    expect(res.body.toString()).toContain('<title>Livret</title>')
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'")
    expect(res.headers['referrer-policy']).toBe('no-referrer')
  })

  it('compresses assets with brotli or gzip, as the browser accepts, to the same bytes', async () => {
    const br = await get('/assets/app.js', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.body.length).toBeLessThan(script.length / 4)
    expect(brotliDecompressSync(br.body).toString()).toBe(script)
    const gz = await get('/assets/app.js', { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(script)
    const plain = await get('/assets/app.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(script)
    expect(plain.headers['cache-control']).toContain('immutable')
  })

  it('answers a missing asset with 404, a malformed path with 400, and never leaves the app folder', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404)
    expect((await get('/%E0%A4%A')).status).toBe(400)
    const outside = await get('/..%2Fsecret.txt')
    expect(outside.body.toString()).not.toContain('outside the app')
  })
})
