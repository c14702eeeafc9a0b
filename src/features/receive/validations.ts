// Validations inside a received share, checked on the operator's device with the same checks as
// the holder's (src/features/validations/verify.ts readValidations): the credential's signature holds
// (eddsa-rdfc-2022, offline), it is about this competence and about the holder of this booklet
// (the share carries the holder references when it carries validations), and the readable copy
// matches what was signed. The credential module (jsonld) is loaded only when a shared
// validation is shown.
import type * as Y from 'yjs'
import type { Validation } from '../../domain/index.ts'
import { readValidations } from '../validations/index.ts'

/** What the operator may say about a shared validation. */
export type SharedValidationState = 'verified' | 'not-verifiable'

/** Verifies one validation of a received share (`doc`). */
export async function checkSharedValidation(
  doc: Y.Doc,
  validation: Validation,
): Promise<SharedValidationState> {
  try {
    const checked = await readValidations(doc, validation.competenceId)
    const mine = checked.find((c) => c.validation.id === validation.id)
    return mine?.state === 'verified' ? 'verified' : 'not-verifiable'
  } catch {
    return 'not-verifiable'
  }
}
