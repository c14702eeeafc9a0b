// Validations of a shared competence, on the operator's device: each verified here (signature, chain,
// the organisations this operator trusts) and shown by the one ValidationCard.
import type * as Y from 'yjs'
import { listItems } from '../../../booklet/index.ts'
import type { Validation } from '../../../domain/index.ts'
import { DocValidation } from '../../components/validation/ValidationCard.tsx'

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

/** The validations of one competence (nothing when there are none). */
export function ValidationLines({ doc, list }: { doc: Y.Doc; list: Validation[] | undefined }) {
  if (!list || list.length === 0) return null
  return (
    <>
      {list.map((v) => (
        <DocValidation key={v.id} doc={doc} validation={v} />
      ))}
    </>
  )
}
