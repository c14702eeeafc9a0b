// Serves the built PWA from one directory: exact files with their type, and index.html for
// any other GET path so that deep links work (the service worker does the same offline).
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { pageHeaders } from './security-headers.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** Security headers of static responses with the default options (no TLS, no separate relay). */
export const SECURITY_HEADERS: Record<string, string> = pageHeaders()

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.wasm',
])

// Compressed copies of the app's files, made once per file version: old phones on slow links
// download a third of the bytes, and the relay compresses each file only once. Compression runs in
// libuv's thread pool (never on the event loop, so sockets keep flowing), requests for a file
// being compressed share that work, and large files (the QR decoder's .wasm) get a lower brotli
// quality: quality 11 takes seconds on a megabyte for a few percent less.
const compressed = new Map<string, Promise<Buffer>>()
const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
/** Files above this size are compressed with brotli quality 5 instead of 11. */
export const LARGE_FILE_BYTES = 256 * 1024

function pickEncoding(req: IncomingMessage): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
  if (/\bbr\b/.test(accepted)) return 'br'
  if (/\bgzip\b/.test(accepted)) return 'gzip'
  return undefined
}

async function compress(file: string, encoding: 'br' | 'gzip'): Promise<Buffer> {
  const raw = await readFile(file)
  if (encoding === 'gzip') return gzipAsync(raw, { level: 9 })
  const quality = raw.length > LARGE_FILE_BYTES ? 5 : 11
  return brotli(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  })
}

function compressedCopy(file: string, mtimeMs: number, encoding: 'br' | 'gzip'): Promise<Buffer> {
  const key = `${encoding}:${mtimeMs}:${file}`
  let body = compressed.get(key)
  if (!body) {
    body = compress(file, encoding)
    compressed.set(key, body)
    body.catch(() => compressed.delete(key))
  }
  return body
}

/** Returns a request handler serving `root`; it answers 404 only for missing assets. */
export function staticFiles(root: string, securityHeaders: Record<string, string> = SECURITY_HEADERS) {
  const base = normalize(root + sep)
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request')
      return
    }
    const candidate = normalize(join(base, pathname))
    const inside = candidate.startsWith(base)
    let file = inside ? candidate : join(base, 'index.html')
    let info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) {
      // An unknown asset path is a real 404; any other path is a route of the app.
      if (extname(pathname) !== '' && pathname !== '/') {
        res
          .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders })
          .end('Not found')
        return
      }
      file = join(base, 'index.html')
      info = await stat(file).catch(() => undefined)
      if (!info?.isFile()) {
        res
          .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
          .end('App not built: run npm run build')
        return
      }
    }
    const immutable = file.includes(`${sep}assets${sep}`)
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...securityHeaders,
    }
    const encoding = COMPRESSIBLE.has(extname(file)) && info.size > 1024 ? pickEncoding(req) : undefined
    if (encoding) {
      const body = await compressedCopy(file, info.mtimeMs, encoding)
      res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length })
      res.end(req.method === 'HEAD' ? undefined : body)
      return
    }
    res.writeHead(200, { ...headers, 'content-length': info.size })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(file).pipe(res)
  }
}
