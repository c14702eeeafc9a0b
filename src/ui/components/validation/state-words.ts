// A validation's verification state in plain words with its pictogram: the one mapping every screen,
// the printout and the proof file preview use. Typed over every state, so a new state fails the build.
import type { ValidationState } from '../../../features/trust/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import type { IconName } from '../Icon.tsx'

/** How a state reads: its tone (for colour, never the only cue), pictogram, sentence and check date. */
export type StateWords = {
  tone: ValidationState['state']
  icon: IconName
  text: string
  checkedAt?: string
}

const REASONS = ['edited', 'not-holder', 'other-competence', 'credential-too-slow'] as const
type KnownReason = (typeof REASONS)[number]

/** The plain reason of a 'not-verifiable' code (any signature or format code reads "signature"). */
export const reasonWords = (code: string): string =>
  t(
    (REASONS as readonly string[]).includes(code)
      ? `trust.reason.${code as KnownReason}`
      : 'trust.reason.signature',
  )

const ICONS: { readonly [S in ValidationState['state']]: IconName } = {
  'trusted-organisation': 'validated',
  'unknown-organisation': 'private',
  withdrawn: 'stop',
  'not-verifiable': 'error',
}

/** The words of a state; `paper`: for a printout read by someone else, so nothing says "unknown to
 * you" (the reader's trust is not the holder's) and the reader is told to check the fingerprint. */
export const stateWords = (s: ValidationState, paper = false): StateWords => {
  const base = { tone: s.state, icon: ICONS[s.state] }
  const checked = (at: string | null) =>
    at ? { checkedAt: t('trust.checkedAt', { date: formatDate(at) }) } : {}
  switch (s.state) {
    case 'trusted-organisation':
      return {
        ...base,
        text: t(paper ? 'proof.paper.trusted' : 'trust.state.trusted-organisation', {
          organisation: s.organisation.name,
        }),
        ...checked(s.statusCheckedAt),
      }
    case 'unknown-organisation': {
      // An endorsed trainer: the organisation's fingerprint is the one to check with the organisation.
      const org = s.endorsedBy[0]
      return {
        ...base,
        text: org
          ? t(paper ? 'proof.paper.unknownEndorsed' : 'trust.state.unknown-endorsed', {
              organisation: org.name,
              fingerprint: org.fingerprint,
            })
          : t(paper ? 'proof.paper.unknown' : 'trust.state.unknown-organisation', {
              fingerprint: s.fingerprint,
            }),
        ...checked(s.statusCheckedAt),
      }
    }
    case 'withdrawn':
      return { ...base, text: t('trust.state.withdrawn'), ...checked(s.statusCheckedAt) }
    case 'not-verifiable':
      return { ...base, text: t('trust.state.not-verifiable', { reason: reasonWords(s.reason) }) }
  }
}
