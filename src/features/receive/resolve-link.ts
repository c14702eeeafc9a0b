// From a recognised text to the link to open: a short handover link or a typed code is taken from
// the relay (once) and recognised again; any other kind is already the link.
import { fail, ok, type Result } from '../../domain/index.ts'
import type { HandoverNetCode } from '../../transport/index.ts'
import { takeHandoverLink, takeTypedCode } from '../handover/index.ts'
import { type LinkKindCode, type LivretLink, parseLivretLink } from './link-kind.ts'

/** Why a text could not be turned into a link to open. */
export type ResolveCode = LinkKindCode | HandoverNetCode

/** A link ready to open: every kind but the handover ones. */
export type OpenableLink = Exclude<LivretLink, { kind: 'handover' } | { kind: 'typed-code' }>

/** Recognises `input` and, for a handover, fetches what it unlocks from `relayOrigin` (a short
 * link's own origin first). A handover never leads to another handover. */
export async function resolveLivretLink(
  input: string,
  relayOrigin: string,
): Promise<Result<OpenableLink, ResolveCode>> {
  const first = parseLivretLink(input)
  if (!first.ok) return first
  const link = first.value
  if (link.kind !== 'handover' && link.kind !== 'typed-code') return ok(link)
  const taken =
    link.kind === 'handover'
      ? await takeHandoverLink(link.origin ?? relayOrigin, link.secret)
      : await takeTypedCode(relayOrigin, link.digits)
  if (!taken.ok) return taken
  const inner = parseLivretLink(taken.value)
  if (!inner.ok) return inner
  if (inner.value.kind === 'handover' || inner.value.kind === 'typed-code') return fail('link-damaged')
  return ok(inner.value)
}
