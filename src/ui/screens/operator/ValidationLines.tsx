// Validations of a shared competence: "verified" only when the signature holds (checked here, on
// the operator's device); otherwise said plainly not to be relied on.
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { listItems } from '../../../booklet/index.ts'
import type { Validation } from '../../../domain/index.ts'
import { checkSharedValidation, type SharedValidationState } from '../../../features/receive/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'

/** Validations of a received share, by competence id. */
export function validationsByCompetence(doc: Y.Doc): Map<string, Validation[]> {
  const map = new Map<string, Validation[]>()
  for (const v of listItems(doc, 'validations').items) {
    const list = map.get(v.competenceId) ?? []
    list.push(v)
    map.set(v.competenceId, list)
  }
  return map
}

function ValidationLine({ doc, validation }: { doc: Y.Doc; validation: Validation }) {
  const [state, setState] = useState<SharedValidationState | 'checking'>('checking')
  useEffect(() => {
    let live = true
    void checkSharedValidation(doc, validation).then((s) => live && setState(s))
    return () => {
      live = false
    }
  }, [doc, validation])
  const { name, organisation } = validation.trainer
  if (state === 'verified')
    return (
      <p class="op-validation op-verified">
        <Icon name="validated" /> {t('operator.validation.verified', { name, organisation })}
      </p>
    )
  return (
    <p class="op-validation">
      {state === 'checking'
        ? t('operator.validation.checking', { name })
        : t('operator.validation.unverified', { name })}
    </p>
  )
}

/** The validations of one competence (nothing when there are none). */
export function ValidationLines({ doc, list }: { doc: Y.Doc; list: Validation[] | undefined }) {
  if (!list || list.length === 0) return null
  return (
    <>
      {list.map((v) => (
        <ValidationLine key={v.id} doc={doc} validation={v} />
      ))}
    </>
  )
}
