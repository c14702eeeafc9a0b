// One validation, shown the same way everywhere (competences, home, print, share preview, the
// professional's view, a proof file): the trainer's decision (and what remains), the trainer's level —
// worded so it cannot be taken for the holder's own — method, date, trainer and organisation, and the
// verification state in plain words with a pictogram. On paper it adds the fingerprint and how to check.
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import type { Validation } from '../../../domain/index.ts'
import type { KnownStatusList, ValidationView } from '../../../features/trust/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { useStatusLists } from '../../hooks/use-status-lists.ts'
import { Icon } from '../Icon.tsx'
import { stateWords } from './state-words.ts'
import './validation.css'

/** The fields a card shows (a stored Validation has them all). */
export type ValidationFields = Pick<Validation, 'status' | 'level' | 'method' | 'date' | 'trainer'> & {
  fingerprint?: string | undefined
}

/** A validation and its verification state ('checking' while it is verified). */
export function ValidationCard(props: {
  validation: ValidationFields
  view: ValidationView | 'checking'
  /** A heading-less label naming the competence, when the card stands alone (proof file, home). */
  competence?: string
}) {
  const { validation: v, view } = props
  const words = view === 'checking' ? null : stateWords(view.state)
  const fingerprint =
    view !== 'checking' && 'fingerprint' in view.state ? view.state.fingerprint : v.fingerprint
  const remaining = view !== 'checking' ? view.remaining : undefined
  return (
    <div
      class={`val-card val-${v.status} val-tone-${words?.tone ?? 'checking'}`}
      data-testid="validation-card"
    >
      {props.competence ? (
        <p class="val-competence">{t('trust.validationOf', { competence: props.competence })}</p>
      ) : null}
      <p class="val-decision">
        <Icon name="validated" /> <strong>{t(`trust.decision.${v.status}`)}</strong>
        {' — '}
        <span class="val-level">{t('trust.trainerLevel', { n: v.level })}</span>
      </p>
      {remaining ? <p class="val-remaining">{t('trust.remaining', { text: remaining })}</p> : null}
      <p class="val-meta">
        {t('trust.by', {
          trainer: v.trainer.name,
          organisation: v.trainer.organisation,
          date: formatDate(v.date),
        })}
        {' · '}
        {t('trust.method', { method: t(`validations.method.${v.method}`) })}
      </p>
      {words ? (
        <p class="val-state" role="status">
          <Icon name={words.icon} /> <span>{words.text}</span>
          {words.checkedAt ? <span class="val-checked"> · {words.checkedAt}</span> : null}
        </p>
      ) : (
        <p class="val-state val-checking">{t('trust.checking')}</p>
      )}
      <div class="val-howto">
        {fingerprint ? <p>{t('trust.fingerprint', { fingerprint })}</p> : null}
        <p>{t('trust.howToCheck')}</p>
      </div>
    </div>
  )
}

/** The view of a validation of `doc` for this reader, recomputed when the validation changes. */
export function useValidationView(
  doc: Y.Doc,
  validation: Validation,
  statusLists?: ReadonlyMap<string, KnownStatusList>,
): ValidationView | 'checking' {
  const [view, setView] = useState<ValidationView | 'checking'>('checking')
  // Without lists given, the ones this device saw, and their checks while shown (withdrawal, point 5).
  const seen = useStatusLists(validation.credential, statusLists === undefined)
  const lists = statusLists ?? seen
  const waiting = statusLists === undefined && seen === undefined
  useEffect(() => {
    if (waiting) return
    let live = true
    void import('../../../features/trust/index.ts')
      .then((m) => m.readValidation(doc, validation, lists))
      .then((r) => live && setView(r))
    return () => {
      live = false
    }
  }, [doc, validation, lists, waiting])
  return view
}

/** A stored validation of `doc`, verified and shown. */
export function DocValidation(props: {
  doc: Y.Doc
  validation: Validation
  statusLists?: ReadonlyMap<string, KnownStatusList>
  competence?: string
}) {
  const view = useValidationView(props.doc, props.validation, props.statusLists)
  return (
    <ValidationCard
      validation={props.validation}
      view={view}
      {...(props.competence ? { competence: props.competence } : {})}
    />
  )
}
