// Client of the relay's handover records (docs/protocol.md §13): leave a sealed link under a short
// id, and take it back once. Browser-safe (fetch only); failures come back as codes, never thrown.

import { fail, ok, type Result } from '../domain/index.ts'
import { type HandoverSecret, openHandover, sealHandover } from '../protocol/index.ts'

/** Why a handover could not be left or taken. */
export type HandoverNetCode =
  | 'relay-unreachable'
  | 'rate-limited'
  | 'handover-gone'
  | 'handover-refused'
  | 'handover-malformed'
  | 'handover-tampered'

const url = (origin: string, id: string, query = ''): string =>
  `${origin.replace(/\/+$/, '')}/handover/${id}${query}`

/** Seals `link` and leaves it on the relay under `secret.id` for `seconds`; the expiry (unix s). */
export async function putHandover(
  origin: string,
  secret: HandoverSecret,
  link: string,
  seconds: number,
): Promise<Result<number, HandoverNetCode>> {
  const body = await sealHandover(secret, link)
  let res: Response
  try {
    res = await fetch(url(origin, secret.id, `?ttl=${Math.floor(seconds)}`), {
      method: 'PUT',
      body: body as BodyInit,
      headers: { 'content-type': 'application/octet-stream' },
      cache: 'no-store',
    })
  } catch {
    return fail('relay-unreachable')
  }
  if (res.status === 429) return fail('rate-limited')
  if (res.status !== 201)
    return fail(res.status >= 500 && res.status !== 507 ? 'relay-unreachable' : 'handover-refused')
  try {
    const answer = (await res.json()) as { expiresAt?: unknown }
    return typeof answer.expiresAt === 'number' ? ok(answer.expiresAt) : fail('relay-unreachable')
  } catch {
    return fail('relay-unreachable')
  }
}

/** Takes the record under `secret.id` from the relay (it is deleted there) and opens it. */
export async function takeHandover(
  origin: string,
  secret: HandoverSecret,
): Promise<Result<string, HandoverNetCode>> {
  let res: Response
  try {
    res = await fetch(url(origin, secret.id), { cache: 'no-store' })
  } catch {
    return fail('relay-unreachable')
  }
  if (res.status === 404) return fail('handover-gone')
  if (res.status === 429) return fail('rate-limited')
  if (res.status !== 200 || res.headers.get('content-type') !== 'application/octet-stream')
    return fail('relay-unreachable')
  return openHandover(secret, new Uint8Array(await res.arrayBuffer()))
}
