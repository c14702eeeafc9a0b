// Backing a signing key up to a passphrase-protected file (the trainer's, the organisation's), with
// what the key issued — its status list, the results it signed, an organisation's endorsements — so
// that from another device it can all be withdrawn. Words `<kind>.backupTitle`, `.backupIntro`,
// `.backedUp`; the signing code is loaded only when the file is made (the trainer home stays small).
import type { IssuedBackup } from '../../../features/trainer/index.ts'
import { listSignedResults } from '../../../features/trainer/index.ts'
import { PassphraseBackupForm } from '../../components/PassphraseBackupForm.tsx'
import type { KeyKind } from './KeyIdentityForm.tsx'

// The form's id and the file's name of each kind.
const FORM = {
  trainer: ['trainer-export', 'livret-formateur'],
  org: ['org-backup', 'livret-organisation'],
} as const

/** The backup form of the key `did`; `seal` makes the file from the passphrase and what it issued. */
export function KeyBackup({
  kind,
  did,
  seal,
}: {
  kind: KeyKind
  did: string
  seal: (passphrase: string, issued: IssuedBackup) => Promise<string>
}) {
  const [id, filePrefix] = FORM[kind]
  return (
    <PassphraseBackupForm
      id={id}
      title={`${kind}.backupTitle`}
      intro={`${kind}.backupIntro`}
      note="issued.inBackup"
      done={`${kind}.backedUp`}
      filePrefix={filePrefix}
      seal={async (passphrase) => {
        const { issuedBackupOf } = await import('../../../features/trainer/signing/index.ts')
        // An organisation's endorsements go in too.
        const issued = await issuedBackupOf(did, await listSignedResults(), undefined, kind === 'org')
        return seal(passphrase, issued)
      }}
    />
  )
}
