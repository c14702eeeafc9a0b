// The holder's proof as a QR code or a link (issue 11 point 6): a snapshot share of the competences
// whose validations she picked. The projection carries each validation's credential exactly as issued
// (its endorsement chain in issuer.endorsement) and the holder references the reader needs to check
// that it is about her; nothing else of the booklet but her shown name. Being a share, it is handed
// over with the short QR code, listed under "Partager" and can be stopped there like any other.
import type { ShareSelectionInput } from '../../domain/index.ts'
import { shareExpiryIn } from '../../domain/index.ts'

/** Days a proof link stays open unless stopped before. */
export const PROOF_SHARE_DAYS = 30

/** The share selection of a proof of the validations of `competenceIds` (deduplicated). */
export const proofShareInput = (
  competenceIds: readonly string[],
  recipient: string,
  now: Date = new Date(),
): ShareSelectionInput => ({
  recipient,
  mode: 'snapshot',
  expiresAt: shareExpiryIn(PROOF_SHARE_DAYS, now),
  sections: { competences: { ids: [...new Set(competenceIds)] } },
})
