// The receive screen's "proof file" part: a holder's exported validations, each verified here (signature,
// endorsement chain, this reader's trusted organisations) and shown with the one ValidationCard.
// Nothing is stored: the file is read, verified and shown.
import { useState } from 'preact/hooks'
import { t } from '../../../i18n/index.ts'
import { CardSection } from '../../components/PageHeader.tsx'
import { CredentialValidation } from '../../components/validation/ValidationCard.tsx'
import { FileField } from '../../crud/InputField.tsx'
import { PartError } from './PartError.tsx'

/** Open a proof file and see its validations. */
export function ProofSection() {
  const [credentials, setCredentials] = useState<readonly unknown[] | null>(null)
  const [bad, setBad] = useState(false)
  const open = async (file: File | undefined) => {
    setBad(false)
    setCredentials(null)
    if (!file) return
    const { readProofFile, MAX_PROOF_BYTES } = await import('../../../features/trust/index.ts')
    const parsed = file.size > MAX_PROOF_BYTES ? null : readProofFile(await file.text())
    if (!parsed?.ok) {
      setBad(true)
      return
    }
    setCredentials(parsed.value.credentials)
  }
  return (
    <CardSection id="op-proof" icon="validated" title={t('trust.proof.title')}>
      <FileField
        id="op-proof-input"
        label="trust.proof.open"
        accept=".json,application/json"
        onFile={(file) => void open(file)}
      />
      <PartError message={bad ? t('trust.proof.bad') : undefined} />
      {credentials?.map((c, i) => (
        <CredentialValidation key={i} credential={c} />
      ))}
    </CardSection>
  )
}
