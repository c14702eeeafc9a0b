// The relay's JSON answers over HTTP, one way for every endpoint: never cached; a refusal
// ({ ok: false, code } with status ≥ 400) counted in the metrics by its code, and a 429 also by
// the per-IP quota that ran dry.
import type { ServerResponse } from 'node:http'
import type { Metrics } from '../metrics.ts'

/** Headers added to an answer's own (CORS, Retry-After). */
export type ExtraHeaders = Record<string, string>

/** Writes `body` as a JSON answer no cache keeps (counts nothing: health answers use it). */
export function sendJson(res: ServerResponse, status: number, body: unknown, extra: ExtraHeaders = {}): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...extra })
    .end(JSON.stringify(body))
}

/** Writes a JSON answer; a refusal (status ≥ 400 with a string `code`) is counted by its code. */
export function replyJson(
  metrics: Metrics,
  res: ServerResponse,
  status: number,
  body: Record<string, unknown>,
  extra: ExtraHeaders = {},
): void {
  if (status >= 400 && typeof body.code === 'string') metrics.refuseHttp(body.code)
  sendJson(res, status, body, extra)
}

/** Answers 429 'rate-limited' with Retry-After (seconds), counting the refusal and the quota that ran dry. */
export function tooMany(
  metrics: Metrics,
  res: ServerResponse,
  retryAfter: number,
  quota: string,
  extra: ExtraHeaders = {},
): void {
  metrics.refuseQuota(quota)
  replyJson(
    metrics,
    res,
    429,
    { ok: false, code: 'rate-limited' },
    { 'retry-after': String(retryAfter), ...extra },
  )
}
