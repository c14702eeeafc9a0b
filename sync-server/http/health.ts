// Health and metrics endpoints. /healthz: the process answers (liveness; a load balancer must
// not restart a relay because Redis is away). /readyz: the relay can serve — storage answers
// within READY_TIMEOUT_MS and it is not shutting down — else 503, so a balancer stops sending
// clients to it. /metrics: Prometheus text, never public: behind a bearer token on the main
// port, or on its own listen address (a private interface), or not served at all.
import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Metrics } from '../metrics.ts'
import type { RelayStorage } from '../storage/types.ts'
import { sendJson } from './json.ts'

/** Longest wait for storage to answer a readiness check (ms). */
export const READY_TIMEOUT_MS = 1500

/** Answers /healthz. */
export function answerHealth(res: ServerResponse): void {
  sendJson(res, 200, { ok: true })
}

/** Answers /readyz: 200, or 503 with `shutting-down` / `storage-unreachable`. */
export async function answerReady(
  res: ServerResponse,
  storage: RelayStorage,
  shuttingDown: boolean,
): Promise<void> {
  if (shuttingDown) return sendJson(res, 503, { ok: false, code: 'shutting-down' })
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      storage.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS)
      }),
    ])
    sendJson(res, 200, { ok: true })
  } catch {
    sendJson(res, 503, { ok: false, code: 'storage-unreachable' })
  } finally {
    clearTimeout(timer)
  }
}

/** Whether the request carries `Authorization: Bearer <token>` (constant-time compare). */
export function bearerMatches(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(String(req.headers.authorization ?? ''))
  const wanted = Buffer.from(`Bearer ${token}`)
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}

/**
 * Answers /metrics on the main port: with a token configured, only to its bearer (401 else);
 * without one, 404 (metrics are then only on their own listen address, if any).
 */
export function answerMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  metrics: Metrics,
  token: string | undefined,
): void {
  if (!token) {
    sendJson(res, 404, { ok: false, code: 'not-found' })
    return
  }
  if (!bearerMatches(req, token)) {
    res.setHeader('www-authenticate', 'Bearer')
    sendJson(res, 401, { ok: false, code: 'unauthorized' })
    return
  }
  res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(metrics.render())
}
