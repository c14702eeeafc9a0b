// Headers that keep third parties out. Every answer of the relay (API, health, metrics, files)
// carries `nosniff`, and HSTS + COOP when the relay is configured as served over TLS (behind a
// TLS proxy the relay cannot see it by itself). Pages of the app also get a CSP whose
// connect-src is the relay's own origin only, plus a separate relay origin when one is set.

/** How the relay is reached, for its headers. */
export interface HeaderOptions {
  /** The public origin is https: send Strict-Transport-Security and Cross-Origin-Opener-Policy. */
  servedOverTls?: boolean
  /** Origin of a relay on another host the app connects to (e.g. https://relay.example.org). */
  relayOrigin?: string
}

/** HSTS lifetime: one year, the usual minimum for preload lists. */
export const HSTS_MAX_AGE = 365 * 24 * 3600

/** Headers for every answer. */
export function commonHeaders(options: HeaderOptions = {}): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    ...(options.servedOverTls
      ? {
          'strict-transport-security': `max-age=${HSTS_MAX_AGE}; includeSubDomains`,
          'cross-origin-opener-policy': 'same-origin',
        }
      : {}),
  }
}

/** The connect-src sources: 'self' (CSP3 matches ws/wss of the same host), and a relay elsewhere. */
export function connectSources(relayOrigin?: string): string[] {
  if (!relayOrigin) return ["'self'"]
  const url = new URL(relayOrigin)
  const ws = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`
  return ["'self'", url.origin, ws]
}

/** Headers for the app's files (with commonHeaders). */
export function pageHeaders(options: HeaderOptions = {}): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${connectSources(options.relayOrigin).join(' ')}`,
    "media-src 'self' blob: mediastream:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ')
  return {
    'content-security-policy': csp,
    'referrer-policy': 'no-referrer',
    'permissions-policy': 'camera=(self), microphone=(), geolocation=()',
    ...commonHeaders(options),
  }
}
