// Importing a Digital Credentials Consortium issuer registry (the "dcc-legacy" JSON that
// @digitalcredentials/issuer-registry-client reads: `{ meta: { created, updated }, registry: { <DID>:
// { name, location?, url? } } }`, e.g. github.com/digitalcredentials/dcc-community-registry; older
// registries call the map `entries`) as a Livret trust list. A DCC registry is trusted for the HTTPS origin it is served from and carries no signature,
// so Livret never reads one directly: a publisher the readers chose (a network, a region) wraps its
// entries in a LivretTrustList signed with its own key (docs/trust.md). Only Ed25519 did:key entries
// can be checked offline; any other DID (did:web, did:key of another curve) is left out and reported.
import * as v from 'valibot'
import { type AnyKey, type DidKey, publicKeyFromDidKey } from '../../credential/index.ts'
import { fail, jsonValue, ok, type Result } from '../../domain/result.ts'
import { signTrustList, type TrustListOrganisation } from './trust-list.ts'

const MAX_ENTRIES = 5_000
const MAX_BYTES = 512_000
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max))

const DidMapSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.maxLength(500)),
    v.object({
      name: text(200),
      location: v.optional(v.pipe(v.string(), v.maxLength(200))),
      url: v.optional(v.pipe(v.string(), v.maxLength(500))),
    }),
  ),
  v.check((e) => Object.keys(e).length <= MAX_ENTRIES, 'too-many-entries'),
)
const meta = v.optional(v.object({ created: v.optional(v.string()), updated: v.optional(v.string()) }))

/** The DCC registry JSON, today's form (`registry`) or the older one (`entries`); other fields ignored. */
export const DccRegistrySchema = v.union([
  v.object({ meta, registry: DidMapSchema }),
  v.object({ meta, entries: DidMapSchema }),
])
/** A DCC registry, parsed. */
export type DccRegistry = v.InferOutput<typeof DccRegistrySchema>

/** An entry left out, and why. */
export type DccSkipped = { did: string; reason: 'not-ed25519-did-key' }

/** Why a DCC registry could not be imported. */
export type DccImportErrorCode = 'dcc-registry-malformed' | 'dcc-registry-too-large' | 'dcc-registry-empty'

/** The signed trust list and what was left out. */
export type DccImport = { list: Record<string, unknown>; organisations: number; skipped: DccSkipped[] }

const httpsUrl = (url: string | undefined) => (url && /^https:\/\/\S+$/.test(url) ? url : undefined)

/** Wraps a DCC registry (object or JSON text) in a Livret trust list signed by `signer`. */
export const trustListFromDccRegistry = async (
  registry: unknown,
  options: {
    name: string
    version: number
    signer: { name: string; keys: AnyKey }
    validFrom: Date
    validUntil: Date
    id?: string
  },
): Promise<Result<DccImport, DccImportErrorCode>> => {
  if (typeof registry === 'string' && new TextEncoder().encode(registry).length > MAX_BYTES)
    return fail('dcc-registry-too-large')
  const raw = typeof registry === 'string' ? jsonValue(registry) : registry
  const parsed = v.safeParse(DccRegistrySchema, raw)
  if (!parsed.success) return fail('dcc-registry-malformed')
  const organisations: TrustListOrganisation[] = []
  const skipped: DccSkipped[] = []
  const map = 'registry' in parsed.output ? parsed.output.registry : parsed.output.entries
  for (const [did, e] of Object.entries(map)) {
    if (!publicKeyFromDidKey(did)) {
      skipped.push({ did, reason: 'not-ed25519-did-key' })
      continue
    }
    const url = httpsUrl(e.url)
    const location = e.location?.trim() || undefined
    organisations.push({
      did: did as DidKey,
      name: e.name,
      ...(url ? { url } : {}),
      ...(location ? { location } : {}),
    })
  }
  if (organisations.length === 0) return fail('dcc-registry-empty')
  const list = await signTrustList({ ...options, organisations })
  return ok({ list, organisations: organisations.length, skipped })
}
