// What one validation card says, line by line, from the signed fields and the reader's view: the one
// place that decides the words, so every screen (competences, home, print, the professional's view,
// a proof file) says the same thing. Rules (issue 11 point 1):
// - The level beside the decision is always the trainer's, from the signed credential; the holder's
//   own level, when shown, is a separate line worded as hers ("Mon niveau …" for her, "Niveau donné
//   par la personne elle-même …" for a reader). Raising her own level never changes the trainer's.
// - A "pas encore" decision names the level the trainer saw, not a "validated" level.
// - A withdrawn or unverifiable validation never leads with "Validé": its decision line says so first.
// - What remains shows for a partial or not-yet decision only; evidence and comment only when the
//   signature holds (a readable copy that does not verify says nothing about what the trainer saw).
import type { ValidationView } from '../../../features/trust/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import type { IconName } from '../Icon.tsx'
import { type StateWords, stateWords } from './state-words.ts'
import type { ValidationFields } from './ValidationCard.tsx'

/** The holder's own level, and whose eyes read it ('mine': the holder; 'theirs': someone else). */
export type SelfLevel = { n: number; whose: 'mine' | 'theirs' }

/** The lines of a card. */
export type CardModel = {
  status: ValidationFields['status']
  decisionIcon: IconName
  decision: string
  trainerLevel: string
  ownLevel?: string
  remaining?: string
  by: string
  method: string
  evidence?: string
  comment?: string
  /** null while the signature is being checked. */
  state: StateWords | null
  fingerprint?: string
}

const DECISION_ICONS: { readonly [S in ValidationFields['status']]: IconName } = {
  validated: 'validated',
  partial: 'status-doing',
  'not-yet': 'status-todo',
}

/** How a card is drawn: `compact` leaves out what the trainer saw and said (lists, home); `paper`
 * words the state for a printout read by someone else (state-words.ts). */
export type CardStyle = { compact?: boolean; paper?: boolean }

/** The lines of the card of `v` as seen through `view` (with the holder's own level when given). */
export const cardModel = (
  v: ValidationFields,
  view: ValidationView | 'checking',
  selfLevel?: SelfLevel,
  style: CardStyle = {},
): CardModel => {
  const checked = view === 'checking' ? undefined : view
  const sound = checked !== undefined && checked.state.state !== 'not-verifiable' && !style.compact
  const fingerprint =
    checked && 'fingerprint' in checked.state ? checked.state.fingerprint : (v.fingerprint ?? undefined)
  const remaining = v.status !== 'validated' ? checked?.remaining : undefined
  const said = t(`trust.decision.${v.status}`)
  const fallen = checked?.state.state === 'withdrawn' || checked?.state.state === 'not-verifiable'
  return {
    status: v.status,
    decisionIcon: fallen
      ? checked?.state.state === 'withdrawn'
        ? 'stop'
        : 'error'
      : DECISION_ICONS[v.status],
    decision: !fallen
      ? said
      : t(checked?.state.state === 'withdrawn' ? 'proof.withdrawnDecision' : 'proof.unverifiedDecision', {
          decision: said,
        }),
    trainerLevel: t(v.status === 'not-yet' ? 'proof.trainerLevelSeen' : 'trust.trainerLevel', {
      n: v.level,
    }),
    ...(selfLevel
      ? { ownLevel: t(selfLevel.whose === 'mine' ? 'trust.ownLevel' : 'trust.selfLevel', { n: selfLevel.n }) }
      : {}),
    ...(remaining ? { remaining: t('trust.remaining', { text: remaining }) } : {}),
    by: t('trust.by', {
      trainer: v.trainer.name,
      organisation: v.trainer.organisation,
      date: formatDate(v.date),
    }),
    method: t('trust.method', { method: t(`validations.method.${v.method}`) }),
    ...(sound && v.evidence ? { evidence: t('proof.evidence', { text: v.evidence }) } : {}),
    ...(sound && v.comment ? { comment: t('proof.comment', { text: v.comment }) } : {}),
    state: checked ? stateWords(checked.state, style.paper) : null,
    ...(fingerprint ? { fingerprint } : {}),
  }
}

/** One line for a list of validations (share preview, proof choices): decision and trainer's level. */
export const validationSummary = (v: Pick<ValidationFields, 'status' | 'level'>): string =>
  `${t(`trust.decision.${v.status}`)} · ${t(v.status === 'not-yet' ? 'proof.trainerLevelSeen' : 'trust.trainerLevel', { n: v.level })}`
