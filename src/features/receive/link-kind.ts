// One parser for every kind of Livret link a professional may be handed (issue 12 §1): a share, a
// proposal invitation, a validation request, a pairing link, a short handover link or typed code
// (§13 of docs/protocol.md), the key of a share file — and, later, kinds registered by other
// features (endorsements, trust lists) through `registerLinkKind`. It only reads the text: nothing
// is fetched, nothing stored. Decisions:
// - Kinds are told apart by what the fragment carries (and checked with the owning feature's own
//   parser), not only by the path: a link copied from another host or with its path cut still opens.
// - A text that is one of ours but does not parse is 'link-damaged'; a text that looks like nothing
//   of ours is 'link-unknown', so the screen can say either in plain words.
import * as v from 'valibot'
import { fail, ok, type Result } from '../../domain/index.ts'
import { type HandoverSecret, parseHandoverLink, readTypedCode, verifyToken } from '../../protocol/index.ts'
import { parseRoomFragment } from '../../transport/index.ts'
import { PAIR_PATH, readPairingLink } from '../devices/index.ts'
import { PROPOSAL_PATH, parseProposalCapabilities } from '../proposals/index.ts'
import { parseRequestLink, VALIDATE_PATH } from '../validations/index.ts'

/** Every kind of text the receive screen recognises. */
export type LivretLink =
  | { kind: 'share'; link: string }
  | { kind: 'proposal'; link: string; route: string }
  | { kind: 'validation-request'; link: string; route: string }
  | { kind: 'pairing'; link: string; route: string }
  | { kind: 'handover'; secret: HandoverSecret; origin: string | undefined }
  | { kind: 'typed-code'; digits: string }
  | { kind: 'share-file-key'; key: string }
  | { kind: 'registered'; name: string; link: string; route: string }

/** Why a text is not a link this app can open. */
export type LinkKindCode = 'link-unknown' | 'link-damaged'

/** A kind of link added by another feature (e.g. endorsements): recognise it, say where it opens. */
export type LinkKindPlugin = {
  name: string
  /** True when the text is meant to be this kind (even if damaged). */
  claims: (parts: LinkParts) => boolean
  /** The route to open (path and fragment), or undefined when the link is damaged. */
  route: (parts: LinkParts) => string | undefined
}

/** What a plugin reads of a text: the path (empty for a bare fragment), the fragment, its params. */
export type LinkParts = { text: string; path: string; fragment: string; params: URLSearchParams }

const plugins: LinkKindPlugin[] = []

/** Adds a kind of link to the parser (a feature's entry calls it once). */
export const registerLinkKind = (plugin: LinkKindPlugin): void => {
  if (!plugins.some((p) => p.name === plugin.name)) plugins.push(plugin)
}

/** The boundary: a pasted or scanned text, trimmed, 1 to 8,192 characters. */
const InputSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(8192))

const FILE_KEY = /^[A-Za-z0-9_-]{43}$/

const partsOf = (text: string): LinkParts => {
  const hash = text.indexOf('#')
  const before = hash < 0 ? '' : text.slice(0, hash)
  let path = before
  try {
    if (before) path = new URL(before).pathname
  } catch {
    path = before
  }
  const fragment = hash < 0 ? text : text.slice(hash + 1)
  return { text, path: path.replace(/\/+$/, ''), fragment, params: new URLSearchParams(fragment) }
}

const routeOf = (path: string, fragment: string): string => `${path}#${fragment}`

const roleOf = (fragment: string): string | undefined => {
  const c = parseRoomFragment(fragment)
  if (!c) return undefined
  // Expiry is not judged here: the screen that opens the link says "expired" in its own words.
  const claims = verifyToken(c.token, c.roomId, 0)
  return claims.ok ? claims.value.role : undefined
}

/** This app's links that open a screen of their own, in the order they are tried: what each claims
 * (even damaged), and whether its fragment is whole (its feature's own parser). */
const OWN_KINDS: readonly {
  kind: 'validation-request' | 'proposal' | 'pairing'
  path: string
  claims: (parts: LinkParts) => boolean
  whole: (fragment: string) => boolean
}[] = [
  {
    kind: 'validation-request',
    path: VALIDATE_PATH,
    claims: ({ params, path }) => params.has('sroom') || params.has('iroom') || path.endsWith(VALIDATE_PATH),
    whole: (fragment) => parseRequestLink(fragment) !== undefined,
  },
  {
    kind: 'proposal',
    path: PROPOSAL_PATH,
    claims: ({ params, path, fragment }) =>
      params.has('aroom') ||
      path.endsWith(PROPOSAL_PATH) ||
      (params.has('room') && roleOf(fragment) === 'append'),
    whole: (fragment) => parseProposalCapabilities(fragment) !== undefined,
  },
  {
    kind: 'pairing',
    path: PAIR_PATH,
    claims: ({ params, path, fragment }) =>
      params.has('mbox') || path.endsWith(PAIR_PATH) || (params.has('room') && roleOf(fragment) === 'write'),
    whole: (fragment) => {
      const r = readPairingLink(fragment, new Date(0))
      return r.ok || r.code === 'link-expired'
    },
  },
]

/** Recognises a pasted, scanned or typed text (see the top comment). */
export function parseLivretLink(input: unknown): Result<LivretLink, LinkKindCode> {
  const checked = v.safeParse(InputSchema, input)
  if (!checked.success) return fail('link-unknown')
  const text = checked.output
  const code = readTypedCode(text)
  if (code) return ok({ kind: 'typed-code', digits: code })
  if (FILE_KEY.test(text)) return ok({ kind: 'share-file-key', key: text })
  const parts = partsOf(text)
  const { path, fragment, params } = parts
  if (path === '/h' || path.endsWith('/h') || /^[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]+$/.test(fragment)) {
    const secret = parseHandoverLink(text)
    if (!secret) return fail('link-damaged')
    let origin: string | undefined
    try {
      origin = new URL(text).origin
    } catch {
      origin = undefined
    }
    return ok({ kind: 'handover', secret, origin })
  }
  for (const p of plugins) {
    if (!p.claims(parts)) continue
    const route = p.route(parts)
    return route ? ok({ kind: 'registered', name: p.name, link: text, route }) : fail('link-damaged')
  }
  const own = OWN_KINDS.find((k) => k.claims(parts))
  if (own)
    return own.whole(fragment)
      ? ok({ kind: own.kind, link: text, route: routeOf(own.path, fragment) })
      : fail('link-damaged')
  if (params.has('room') || params.has('token') || params.has('key'))
    return roleOf(fragment) === 'read' ? ok({ kind: 'share', link: text }) : fail('link-damaged')
  return fail('link-unknown')
}
