// Short handover codes, both ends (issue 12 §2, docs/protocol.md §13). The holder's device leaves
// its long capability link on the relay twice — under a random id with a 128-bit key (the QR code's
// short link) and under the id derived from a 15-digit typed code — and shows both. The other side
// takes the link back with either. Each record is read once; the other one expires within a day.

import type { Result } from '../../domain/index.ts'
import {
  formatTypedCode,
  type HandoverSecret,
  handoverLink,
  MAX_HANDOVER_SECONDS,
  newHandoverSecret,
  newTypedCode,
  secretOfTypedCode,
} from '../../protocol/index.ts'
import { type HandoverNetCode, putHandover, takeHandover } from '../../transport/index.ts'

/** What the holder shows: the short link (QR code), the code to type, and when both stop working. */
export type Handover = { shortLink: string; code: string; expiresAt: Date }

/** Leaves `link` on the relay at `origin` and returns what to show (default life: one day). */
export async function makeHandover(
  origin: string,
  link: string,
  seconds: number = MAX_HANDOVER_SECONDS,
): Promise<Result<Handover, HandoverNetCode>> {
  const secret = newHandoverSecret()
  const digits = newTypedCode()
  const [short, typed] = await Promise.all([
    putHandover(origin, secret, link, seconds),
    secretOfTypedCode(digits).then((s) => putHandover(origin, s, link, seconds)),
  ])
  if (!short.ok) return short
  if (!typed.ok) return typed
  return {
    ok: true,
    value: {
      shortLink: handoverLink(origin, secret),
      code: formatTypedCode(digits),
      expiresAt: new Date(Math.min(short.value, typed.value) * 1000),
    },
  }
}

/** Takes the link left under a short link's secret (read once: the relay deletes it). */
export const takeHandoverLink = (
  origin: string,
  secret: HandoverSecret,
): Promise<Result<string, HandoverNetCode>> => takeHandover(origin, secret)

/** Takes the link left under a typed code (its 15 digits). */
export async function takeTypedCode(
  origin: string,
  digits: string,
): Promise<Result<string, HandoverNetCode>> {
  return takeHandover(origin, await secretOfTypedCode(digits))
}
