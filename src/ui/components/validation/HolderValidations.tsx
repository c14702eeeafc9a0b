// The holder's own validations, drawn with the one ValidationCard wherever she sees them: under each
// competence of her list, on a competence's page, on the validations screen. Her own level shows
// apart ("Mon niveau …"), so raising it later never reads as validated. Her buttons: hide / show
// again (a hidden validation stays, is not shared) and save the signed credential as a file.
import type * as Y from 'yjs'
import { hideValidation, listItems, validationExport } from '../../../booklet/index.ts'
import type { Competence, Validation } from '../../../domain/index.ts'
import { t } from '../../../i18n/index.ts'
import { downloadFile } from '../../download.ts'
import { useDocVersion } from '../../hooks/use-doc-version.ts'
import { Icon } from '../Icon.tsx'
import { showToast } from '../Toast.tsx'
import { DocValidation } from './ValidationCard.tsx'

const PARTS = ['validations', 'competences'] as const

/** The validations of `doc` (of one competence when given), newest first; re-read on every change. */
export function useValidations(doc: Y.Doc, competenceId?: string): readonly Validation[] {
  useDocVersion(doc, PARTS)
  return listItems(doc, 'validations')
    .items.filter((v) => competenceId === undefined || v.competenceId === competenceId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
}

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 40) || 'competence'

/** Downloads a validation's credential as a file; returns the file name. */
export function downloadValidation(validation: Validation, competenceLabel: string): string {
  const name = `validation-${slug(competenceLabel)}-${validation.date}.json`
  return downloadFile(validationExport(validation), name, 'application/json')
}

/** One of the holder's validations, with her buttons (hide only unless `readOnly`). */
export function HolderValidation(props: {
  doc: Y.Doc
  validation: Validation
  competenceLabel: string
  /** The holder's own level of the competence, shown apart from the trainer's. */
  ownLevel?: number
  /** Name the competence on the card (when it is not the heading above). */
  named?: boolean
  readOnly: boolean
  /** No buttons, and the short card (lists, home). */
  plain?: boolean
}) {
  const v = props.validation
  const hidden = v.hidden === true
  return (
    <DocValidation
      doc={props.doc}
      validation={v}
      {...(props.named ? { competence: props.competenceLabel } : {})}
      {...(props.ownLevel !== undefined ? { selfLevel: { n: props.ownLevel, whose: 'mine' as const } } : {})}
      {...(props.plain ? { style: { compact: true } } : {})}
    >
      {props.plain ? null : (
        <>
          {hidden ? <p class="muted">{t('validations.hiddenNote')}</p> : null}
          {props.readOnly ? null : (
            <button
              type="button"
              class="btn btn-small"
              aria-label={t(hidden ? 'validations.unhideLabel' : 'validations.hideLabel', {
                competence: props.competenceLabel,
              })}
              onClick={() => hideValidation(props.doc, v.id, !hidden)}
            >
              {t(hidden ? 'validations.unhide' : 'validations.hide')}
            </button>
          )}
          <button
            type="button"
            class="btn btn-small"
            aria-label={t('validations.exportLabel', { competence: props.competenceLabel })}
            onClick={() => {
              const name = downloadValidation(v, props.competenceLabel)
              showToast(t('validations.exported', { name }), undefined, 4000)
            }}
          >
            {t('validations.export')}
          </button>
        </>
      )}
    </DocValidation>
  )
}

/** One of the holder's validations found by its competence (absent: deleted since), which names it
 * and gives her own level. */
export function ValidationOfCompetence({
  competence,
  ...props
}: Omit<Parameters<typeof HolderValidation>[0], 'competenceLabel' | 'ownLevel'> & {
  competence: Competence | undefined
}) {
  return (
    <HolderValidation
      {...props}
      competenceLabel={competence?.label ?? t('validations.deletedCompetence')}
      {...(competence ? { ownLevel: competence.level } : {})}
    />
  )
}

/** Under a competence in the holder's list: its validations not hidden, without buttons. */
export function CompetenceValidationsInline(props: {
  doc: Y.Doc
  competenceId: string
  competenceLabel: string
}) {
  const list = useValidations(props.doc, props.competenceId).filter((v) => v.hidden !== true)
  if (list.length === 0) return null
  return (
    <div class="val-inline">
      {list.map((v) => (
        <HolderValidation
          key={v.id}
          doc={props.doc}
          validation={v}
          competenceLabel={props.competenceLabel}
          readOnly
          plain
        />
      ))}
    </div>
  )
}

/** A competence's own page: its validations (hidden ones too, marked), each with the holder's level
 * apart from the trainer's, and a way to ask for one when there is none. */
export function CompetenceValidations(props: {
  doc: Y.Doc
  competenceId: string
  competenceLabel: string
  ownLevel: number
  readOnly: boolean
}) {
  const list = useValidations(props.doc, props.competenceId)
  return (
    <section class="card" aria-labelledby="competence-validations">
      <h2 id="competence-validations">
        <Icon name="validated" /> {t('validations.onCompetence')}
      </h2>
      {list.length === 0 ? (
        <p class="muted">
          {t('validations.noneOnCompetence')} <a href="/validations">{t('validations.askTitle')}</a>
        </p>
      ) : (
        list.map((v) => (
          <HolderValidation
            key={v.id}
            doc={props.doc}
            validation={v}
            competenceLabel={props.competenceLabel}
            ownLevel={props.ownLevel}
            readOnly={props.readOnly}
          />
        ))
      )}
    </section>
  )
}
