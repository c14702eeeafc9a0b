// What a reader sees for one stored or shared validation: the holder-side checks (signature, about this
// holder, this competence, readable copy unedited — readValidations), then the chain (endorsements) and
// the plain state against the organisations this reader trusts and the status lists they last saw.
// Status lists come from outside (the status-check runtime); without them no "checked on" date is shown.
import type * as Y from 'yjs'
import type { Validation } from '../../domain/index.ts'
import { readValidations } from '../validations/index.ts'
import { trustedMap } from './organisations.ts'
import { type KnownStatusList, type ValidationState, validationState } from './trust-state.ts'
import { createVerifyCache } from './verify-cache.ts'

// One cache for every screen: a validation shown on the competences page, then on the home page or in
// print, is verified once per session (its chain report depends only on its bytes).
const chains = createVerifyCache()

// The trusted organisations, read once for all the cards of a screen asking together (one IndexedDB read
// instead of one per card); the next screen reads them afresh.
let trustedPending: ReturnType<typeof trustedMap> | null = null
const trustedNow = (): ReturnType<typeof trustedMap> => {
  trustedPending ??= trustedMap().finally(() => {
    trustedPending = null
  })
  return trustedPending
}

/** A validation as shown to its reader. */
export type ValidationView = {
  state: ValidationState
  /** What remains to learn (partial / not yet), as the trainer signed it. */
  remaining?: string
}

/** A credential read on its own (proof file): its view and, when it verifies, what it says. */
export type CredentialView = ValidationView & {
  fields?: Pick<Validation, 'status' | 'level' | 'method' | 'date' | 'trainer'> & { competence: string }
}

/** Reads one validation of `doc` for this reader. Never throws: a failure reads 'not-verifiable'. */
export const readValidation = async (
  doc: Y.Doc,
  validation: Validation,
  statusLists: ReadonlyMap<string, KnownStatusList> = new Map(),
): Promise<ValidationView> => {
  try {
    const checked = await readValidations(doc, validation.competenceId)
    const mine = checked.find((c) => c.validation.id === validation.id)
    if (!mine) return { state: { state: 'not-verifiable', reason: 'not-found' } }
    if (mine.state !== 'verified') return { state: { state: 'not-verifiable', reason: mine.code } }
    return await viewOfCredential(validation.credential, statusLists)
  } catch {
    return { state: { state: 'not-verifiable', reason: 'error' } }
  }
}

/** Reads a credential on its own (an exported proof file): signature, chain, trust, status. */
export const viewOfCredential = async (
  credential: unknown,
  statusLists: ReadonlyMap<string, KnownStatusList> = new Map(),
): Promise<CredentialView> => {
  const report = await chains.verify(credential)
  const state = validationState(report, { trusted: await trustedNow(), statusLists })
  if (!report.credential.ok) return { state }
  const c = report.credential.value
  const fields = {
    status: c.status,
    level: c.level,
    method: c.method,
    date: c.date,
    trainer: c.trainer,
    competence: c.competenceLabel,
  }
  return c.remaining ? { state, remaining: c.remaining, fields } : { state, fields }
}
