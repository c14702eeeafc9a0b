// Public status lists (withdrawal of credentials, docs/protocol.md "Status lists"):
//   GET  /status/<issuer-key-id>/<list-id>   the newest signed list, to anyone (CORS *)
//   PUT or POST to the same path              a new version, signed by that issuer's key
// The relay reads nothing but the list itself: it checks the signature (verifyStatusList), that the
// list's own URL path is this path (so the key in the URL is the list's issuer), and stores it only
// when its validFrom is strictly later than the stored one (an atomic compare in storage): an old
// version replayed changes nothing. Every request is charged to the client IP's HTTP bucket, every
// signature check to its verification budget; bodies are capped at limits.maxStatusListBytes.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { verifyStatusList } from '../../src/credential/status-list.ts'
import type { Hub } from '../hub.ts'
import { replyJson, tooMany } from './json.ts'

const STATUS_PATH = /^\/status\/(z[1-9A-HJ-NP-Za-km-z]{40,60})\/([A-Za-z0-9_-]{8,64})$/

/** Headers that let the app read lists from another origin (the list is public and signed). */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, PUT, POST',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
}

const reply = (hub: Hub, res: ServerResponse, status: number, body: Record<string, unknown>): void =>
  replyJson(hub.ctx.metrics, res, status, body, CORS)

/**
 * Reads at most `cap` bytes; null when the body is larger. Past the cap the rest is discarded unread
 * (the answer goes out with `connection: close`) so the refusal reaches the client.
 */
function readCapped(req: IncomingMessage, cap: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > cap) {
      req.resume()
      resolve(null)
      return
    }
    let size = 0
    let over = false
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      if (over) return
      size += chunk.length
      if (size <= cap) return void chunks.push(chunk)
      over = true
      chunks.length = 0
      resolve(null)
    })
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'))
    })
    req.on('error', reject)
  })
}

/** Handles /status/<issuer-key-id>/<list-id>; resolves false when the path is not one. */
export async function handleStatusLists(
  hub: Hub,
  req: IncomingMessage,
  res: ServerResponse,
  ip: string,
): Promise<boolean> {
  const path = new URL(req.url ?? '/', 'http://x').pathname
  if (!path.startsWith('/status/')) return false
  const wait = hub.quotas.http.take(ip)
  if (wait > 0) {
    tooMany(hub.ctx.metrics, res, wait, 'http-requests', CORS)
    return true
  }
  const match = STATUS_PATH.exec(path)
  if (!match) {
    reply(hub, res, 404, { ok: false, code: 'status-list-invalid-path' })
    return true
  }
  const key = `${match[1]}/${match[2]}`
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS).end()
    return true
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    const stored = await hub.ctx.storage.getStatusList(key)
    if (!stored) {
      reply(hub, res, 404, { ok: false, code: 'status-list-unknown' })
      return true
    }
    res
      .writeHead(200, {
        'content-type': 'application/vc+ld+json',
        // Readers must see a withdrawal at their next check: caches revalidate every time.
        'cache-control': 'no-cache',
        etag: `"${stored.validFrom}"`,
        ...CORS,
      })
      .end(req.method === 'HEAD' ? undefined : stored.body)
    return true
  }
  if (req.method !== 'PUT' && req.method !== 'POST') {
    reply(hub, res, 405, { ok: false, code: 'method-not-allowed' })
    return true
  }
  const text = await readCapped(req, hub.ctx.limits.maxStatusListBytes)
  if (text === null) {
    res.setHeader('connection', 'close')
    reply(hub, res, 413, { ok: false, code: 'status-list-too-large' })
    return true
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    reply(hub, res, 400, { ok: false, code: 'status-list-malformed' })
    return true
  }
  const budget = hub.quotas.verifies.take(ip)
  if (budget > 0) {
    tooMany(hub.ctx.metrics, res, budget, 'signature-verifies', CORS)
    return true
  }
  const verified = await verifyStatusList(body)
  if (!verified.ok) {
    reply(hub, res, verified.code === 'status-list-bad-proof' ? 403 : 400, {
      ok: false,
      code: verified.code,
    })
    return true
  }
  // The list names its own URL; behind a proxy the origin may differ, the path may not.
  if (new URL(verified.value.url).pathname !== path) {
    reply(hub, res, 403, { ok: false, code: 'status-list-wrong-url' })
    return true
  }
  const outcome = await hub.ctx.metrics.timeStorage(
    hub.ctx.storage.putStatusList(key, verified.value.validFrom, text),
  )
  if (outcome === 'not-newer') {
    reply(hub, res, 409, { ok: false, code: 'status-list-not-newer' })
    return true
  }
  hub.ctx.log.info({ statusList: key, validFrom: verified.value.validFrom }, 'status list stored')
  reply(hub, res, 200, { ok: true, validFrom: verified.value.validFrom })
  return true
}
