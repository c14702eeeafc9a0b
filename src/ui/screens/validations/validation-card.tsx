// One received validation as the holder sees it: verified (who, organisation, day, fingerprint) or
// NOT verifiable (never worded as valid), with hide / show again and download as a JSON credential.
// Also the hook that reads validations with their verification, kept up to date.
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { hideValidation, validationExport } from '../../../booklet/index.ts'
import { escoAlignmentInCredential, type Validation } from '../../../domain/index.ts'
import { type CheckedValidation, readValidations } from '../../../features/validations/index.ts'
import { formatDate, labelled, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { showToast } from '../../components/Toast.tsx'
import { downloadFile } from '../../download.ts'

/** The validations of the booklet (or of one competence) with their verification, or undefined
 * while the first check runs. Re-checked when validations or holder references change. */
export function useCheckedValidations(doc: Y.Doc, competenceId?: string): CheckedValidation[] | undefined {
  const [list, setList] = useState<CheckedValidation[] | undefined>(undefined)
  useEffect(() => {
    let live = true
    let generation = 0
    const run = () => {
      const g = ++generation
      void readValidations(doc, competenceId).then((r) => {
        if (live && g === generation) setList(r)
      })
    }
    run()
    const validations = doc.getMap('validations')
    const meta = doc.getMap('meta')
    validations.observeDeep(run)
    meta.observe(run)
    return () => {
      live = false
      validations.unobserveDeep(run)
      meta.unobserve(run)
    }
  }, [doc, competenceId])
  return list
}

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 40) || 'competence'

/** Downloads a validation's credential as a JSON file; returns the file name. */
export function downloadValidation(validation: Validation, competenceLabel: string): string {
  const name = `validation-${slug(competenceLabel)}-${validation.date}.json`
  return downloadFile(validationExport(validation), name, 'application/json')
}

/** One validation (an <li>). */
export function ValidationCard({
  checked,
  competenceLabel,
  doc,
  readOnly,
}: {
  checked: CheckedValidation
  competenceLabel: string
  doc: Y.Doc
  readOnly: boolean
}) {
  const v = checked.validation
  const verified = checked.state === 'verified'
  const who = { trainer: v.trainer.name, organisation: v.trainer.organisation }
  const hidden = v.hidden === true
  const esco = verified ? escoAlignmentInCredential(v.credential) : undefined
  return (
    <li class={`card validation ${verified ? 'validation-ok' : 'validation-bad'}`} data-state={checked.state}>
      <p class="validation-state">
        <Icon name={verified ? 'validated' : 'error'} />{' '}
        <strong>{verified ? t('validations.verified') : t('validations.notVerifiable')}</strong>
      </p>
      {checked.state === 'verified' ? (
        <p class="validation-by">
          {t(`validations.by.${v.status}`, {
            ...who,
            date: formatDate(v.date),
            fingerprint: checked.fingerprint,
          })}
        </p>
      ) : (
        <p>{t('validations.claimed', who)}</p>
      )}
      {verified ? (
        <p>
          {t('validations.levelLine', { n: v.level })} ·{' '}
          {t('validations.methodLine', { method: t(`validations.method.${v.method}`) })}
        </p>
      ) : null}
      {esco ? <p class="esco-label">{labelled('ESCO', esco.label)}</p> : null}
      {verified && v.evidence ? <p>{t('validations.evidenceLine', { text: v.evidence })}</p> : null}
      {verified && v.comment ? <p>{t('validations.commentLine', { text: v.comment })}</p> : null}
      {hidden ? <p class="muted">{t('validations.hiddenNote')}</p> : null}
      <div class="row">
        {readOnly ? null : (
          <button
            type="button"
            class="btn btn-small"
            aria-label={t(hidden ? 'validations.unhideLabel' : 'validations.hideLabel', {
              competence: competenceLabel,
            })}
            onClick={() => hideValidation(doc, v.id, !hidden)}
          >
            {t(hidden ? 'validations.unhide' : 'validations.hide')}
          </button>
        )}
        <button
          type="button"
          class="btn btn-small"
          aria-label={t('validations.exportLabel', { competence: competenceLabel })}
          onClick={() => {
            const name = downloadValidation(v, competenceLabel)
            showToast(t('validations.exported', { name }), undefined, 4000)
          }}
        >
          {t('validations.export')}
        </button>
      </div>
    </li>
  )
}

/** The validations of one competence (for the competence's own page). */
export function CompetenceValidations({
  doc,
  competenceId,
  competenceLabel,
  readOnly,
}: {
  doc: Y.Doc
  competenceId: string
  competenceLabel: string
  readOnly: boolean
}) {
  const list = useCheckedValidations(doc, competenceId)
  return (
    <section class="card" aria-labelledby="competence-validations">
      <h2 id="competence-validations">
        <Icon name="validated" /> {t('validations.onCompetence')}
      </h2>
      {list === undefined ? <p class="muted">{t('validations.checking')}</p> : null}
      {list?.length === 0 ? (
        <p class="muted">
          {t('validations.noneOnCompetence')} <a href="/validations">{t('validations.askTitle')}</a>
        </p>
      ) : null}
      {list && list.length > 0 ? (
        <ul class="cards">
          {list.map((c) => (
            <ValidationCard
              key={c.validation.id}
              checked={c}
              competenceLabel={competenceLabel}
              doc={doc}
              readOnly={readOnly}
            />
          ))}
        </ul>
      ) : null}
    </section>
  )
}
