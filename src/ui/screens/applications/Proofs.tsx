// Proofs of one application (a photo of the letter, a sent e-mail): files kept on this device in
// the booklet's attachment store; the booklet holds their ids only.
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { type BookletId, newId } from '../../../domain/index.ts'
import { addProof, removeProof } from '../../../features/applications/index.ts'
import { t } from '../../../i18n/index.ts'
import { type BlobRecord, deleteBlob, getBlob, putBlob } from '../../../storage/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { ItemButton } from '../../components/ItemButton.tsx'

/** The proofs of an application, with "add a photo or a file". */
export function Proofs({
  doc,
  bookletId,
  applicationId,
  proofIds,
  readOnly,
}: {
  doc: Y.Doc
  bookletId: BookletId
  applicationId: string
  proofIds: readonly string[]
  readOnly: boolean
}) {
  const [files, setFiles] = useState<BlobRecord[]>([])
  const key = proofIds.join(',')
  useEffect(() => {
    let live = true
    void Promise.all(proofIds.map((id) => getBlob(bookletId, id))).then((r) => {
      if (live) setFiles(r.filter((b): b is BlobRecord => b !== undefined))
    })
    return () => {
      live = false
    }
  }, [bookletId, key])
  const inputId = `proof-${applicationId}`
  const add = async (file: File) => {
    const id = newId<string>()
    await putBlob({ id, bookletId, type: file.type, name: file.name, size: file.size, data: file })
    if (!addProof(doc, applicationId, id).ok) await deleteBlob(bookletId, id)
  }
  return (
    <div class="proofs">
      <p class="small muted">{t('apps.proofs')}</p>
      <ul class="plain">
        {files.map((f) => (
          <li key={f.id} class="proof">
            <Icon name="saved" /> {f.name}
            {readOnly ? null : (
              <ItemButton
                action="common.delete"
                item={f.name}
                onClick={() => {
                  if (removeProof(doc, applicationId, f.id).ok) void deleteBlob(bookletId, f.id)
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <label class="btn" for={inputId}>
          <Icon name="backup" /> {t('apps.proofAdd')}
          <input
            id={inputId}
            class="proof-input"
            type="file"
            accept="image/*,application/pdf"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0]
              e.currentTarget.value = ''
              if (file) void add(file)
            }}
          />
        </label>
      )}
    </div>
  )
}
