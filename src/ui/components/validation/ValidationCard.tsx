// One validation, shown the same way everywhere (the holder's competences, their detail, the home,
// the printout, the validations screen, the professional's view of a share, a proof file): the
// trainer's decision (and what remains), the trainer's level — worded so it cannot be taken for the
// holder's own — method, date, trainer and organisation, and the verification state in plain words
// with a pictogram. On paper it adds the fingerprint and how to check it. The words: card-model.ts.
import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { escoAlignmentInCredential, type Validation } from '../../../domain/index.ts'
import type { CredentialView, KnownStatusList, ValidationView } from '../../../features/trust/index.ts'
import { labelled, t } from '../../../i18n/index.ts'
import { Icon } from '../Icon.tsx'
import { type CardStyle, cardModel, type SelfLevel } from './card-model.ts'
import { useStatusLists } from './use-status-lists.ts'
import './validation.css'

/** The fields a card shows (a stored Validation has them all). */
export type ValidationFields = Pick<Validation, 'status' | 'level' | 'method' | 'date' | 'trainer'> & {
  fingerprint?: string | undefined
  evidence?: string | undefined
  comment?: string | undefined
  /** The signed credential: its ESCO alignment is shown once the signature is verified. */
  credential?: unknown
}

/** A validation and its verification state ('checking' while it is verified). */
export function ValidationCard(props: {
  validation: ValidationFields
  view: ValidationView | 'checking'
  /** A label naming the competence, when the card stands apart from it (proof file, home). */
  competence?: string
  /** The holder's own level, shown apart from the trainer's. */
  selfLevel?: SelfLevel
  /** Buttons of the holder (hide, save…). */
  children?: ComponentChildren
  style?: CardStyle
}) {
  const m = cardModel(props.validation, props.view, props.selfLevel, props.style)
  const tone = m.state?.tone ?? 'checking'
  const esco =
    props.view !== 'checking' && props.view.state.state !== 'not-verifiable'
      ? escoAlignmentInCredential(props.validation.credential)
      : undefined
  return (
    <div class={`val-card val-${m.status} val-tone-${tone}`} data-testid="validation-card" data-state={tone}>
      {props.competence ? (
        <p class="val-competence">{t('trust.validationOf', { competence: props.competence })}</p>
      ) : null}
      <p class="val-decision">
        <Icon name={m.decisionIcon} /> <strong>{m.decision}</strong>
        {' — '}
        <span class="val-level">{m.trainerLevel}</span>
      </p>
      {m.ownLevel ? (
        <p class="val-own-level">
          <Icon name="profile" /> {m.ownLevel}
        </p>
      ) : null}
      {m.remaining ? <p class="val-remaining">{m.remaining}</p> : null}
      <p class="val-meta">
        {m.by}
        {' · '}
        {m.method}
      </p>
      {esco ? <p class="esco-label">{labelled('ESCO', esco.label)}</p> : null}
      {m.evidence ? <p class="val-evidence">{m.evidence}</p> : null}
      {m.comment ? <p class="val-evidence">{m.comment}</p> : null}
      {m.state ? (
        <p class="val-state" role="status">
          <Icon name={m.state.icon} /> <span>{m.state.text}</span>
          {m.state.checkedAt ? <span class="val-checked"> · {m.state.checkedAt}</span> : null}
        </p>
      ) : (
        <p class="val-state val-checking">{t('trust.checking')}</p>
      )}
      <div class="val-howto">
        {m.fingerprint ? <p>{t('trust.fingerprint', { fingerprint: m.fingerprint })}</p> : null}
        <p>{t('proof.howToCheck')}</p>
      </div>
      {props.children ? <div class="row no-print val-actions">{props.children}</div> : null}
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
  // Another validation: 'checking' until it is verified. New status lists only: the last view stays.
  useEffect(() => setView('checking'), [doc, validation])
  // Verified once the lists this device saw are read (undefined until then), not once without and
  // again with them.
  const lists = statusLists
  const waiting = lists === undefined
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

/** A stored validation of `doc`, verified (with the status lists this device saw) and shown. */
export function DocValidation(props: {
  doc: Y.Doc
  validation: Validation
  competence?: string
  selfLevel?: SelfLevel
  style?: CardStyle
  children?: ComponentChildren
}) {
  const statusLists = useStatusLists([props.validation.credential])
  const view = useValidationView(props.doc, props.validation, statusLists)
  return (
    <ValidationCard
      validation={props.validation}
      view={view}
      {...(props.competence ? { competence: props.competence } : {})}
      {...(props.selfLevel ? { selfLevel: props.selfLevel } : {})}
      {...(props.style ? { style: props.style } : {})}
    >
      {props.children}
    </ValidationCard>
  )
}

/** A credential read on its own (a proof file): verified here, with the status lists this device saw. */
export function CredentialValidation({ credential }: { credential: unknown }) {
  const statusLists = useStatusLists([credential])
  const [view, setView] = useState<CredentialView | 'checking'>('checking')
  useEffect(() => {
    let live = true
    void import('../../../features/trust/index.ts')
      .then((m) => m.viewOfCredential(credential, statusLists))
      .then(
        (r) => live && setView(r),
        () => live && setView({ state: { state: 'not-verifiable', reason: 'error' } }),
      )
    return () => {
      live = false
    }
  }, [credential, statusLists])
  if (view === 'checking')
    return (
      <div class="val-card val-tone-checking" data-testid="validation-card" data-state="checking">
        <p class="val-state val-checking">{t('trust.checking')}</p>
      </div>
    )
  if (!view.fields)
    return (
      <div class="val-card val-tone-not-verifiable" data-testid="validation-card" data-state="not-verifiable">
        <p class="val-state">
          <Icon name="error" /> {t('trust.state.not-verifiable', { reason: t('trust.reason.signature') })}
        </p>
      </div>
    )
  return <ValidationCard validation={view.fields} view={view} competence={view.fields.competence} />
}
