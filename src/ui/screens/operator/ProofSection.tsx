// The receive screen's "proof file" part: a holder's exported validations, each verified here (signature,
// endorsement chain, this reader's trusted organisations) and shown with the one ValidationCard.
// Nothing is stored: the file is read, verified and shown.
import { useState } from 'preact/hooks'
import type { CredentialView } from '../../../features/trust/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { ValidationCard } from '../../components/validation/ValidationCard.tsx'

/** Open a proof file and see its validations. */
export function ProofSection() {
  const [views, setViews] = useState<CredentialView[] | 'checking' | null>(null)
  const [bad, setBad] = useState(false)
  const open = async (file: File | undefined) => {
    setBad(false)
    setViews(null)
    if (!file) return
    const { readProofFile, viewOfCredential, MAX_PROOF_BYTES } = await import(
      '../../../features/trust/index.ts'
    )
    const parsed = file.size > MAX_PROOF_BYTES ? null : readProofFile(await file.text())
    if (!parsed?.ok) {
      setBad(true)
      return
    }
    setViews('checking')
    setViews(await Promise.all(parsed.value.credentials.map((c) => viewOfCredential(c))))
  }
  return (
    <section class="card" aria-labelledby="op-proof">
      <SectionTitle icon="validated" id="op-proof">
        {t('trust.proof.title')}
      </SectionTitle>
      <div class="field">
        <label for="op-proof-input">{t('trust.proof.open')}</label>
        <input
          id="op-proof-input"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void open(e.currentTarget.files?.[0])}
        />
      </div>
      {bad ? (
        <p class="op-error" role="alert">
          <Icon name="error" /> {t('trust.proof.bad')}
        </p>
      ) : null}
      {views === 'checking' ? <p role="status">{t('trust.checking')}</p> : null}
      {Array.isArray(views)
        ? views.map((view, i) =>
            view.fields ? (
              <ValidationCard
                key={i}
                validation={view.fields}
                view={view}
                competence={view.fields.competence}
              />
            ) : (
              <div key={i} class="val-card val-tone-not-verifiable" data-testid="validation-card">
                <p class="val-state">
                  <Icon name="error" />{' '}
                  {t('trust.state.not-verifiable', { reason: t('trust.reason.signature') })}
                </p>
              </div>
            ),
          )
        : null}
    </section>
  )
}
