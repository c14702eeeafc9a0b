// URIs inside a Livret credential: the achievement (one per competence), the trainer's organisation,
// and the fixed result descriptions shared by every Livret credential.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// A name-based UUID (version 8, RFC 9562 §5.8) from SHA-256: stable for the same input, no registry.
const nameUuid = (name: string): string => {
  const h = sha256(new TextEncoder().encode(name)).slice(0, 16)
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x80
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80
  const x = bytesToHex(h)
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}

/** The achievement id of a competence: `urn:uuid:<competence id>` (derived when not a UUID). */
export const achievementIdFor = (competenceId: string): string =>
  `urn:uuid:${UUID_RE.test(competenceId) ? competenceId.toLowerCase() : nameUuid(`livret:competence:${competenceId}`)}`

/** A stable id for an organisation named by a trainer (same name, same id; case and spaces ignored). */
export const organisationIdFor = (name: string): string =>
  `urn:uuid:${nameUuid(`livret:organisation:${name.trim().replace(/\s+/g, ' ').toLowerCase()}`)}`

/** Result description of the outcome (validated / partial / not-yet). */
export const RD_STATUS = 'urn:livret:result-description:status'
/** Result description of the level on the four-step scale. */
export const RD_LEVEL = 'urn:livret:result-description:level'
/** Result description of the assessment method. */
export const RD_METHOD = 'urn:livret:result-description:method'
/** Result description of what remains to learn (partial / not yet): free text. */
export const RD_REMAINING = 'urn:livret:result-description:remaining'
/** Rubric level URI for level n. */
export const levelUri = (n: number): string => `urn:livret:level:${n}`
