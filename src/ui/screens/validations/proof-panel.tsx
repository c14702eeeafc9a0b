// The holder gives proof of some validations to a professional: she picks them, then saves a proof
// file (credentials as issued, each with its endorsement chain) or shows a short QR code / link — a
// snapshot share of those competences, created and handed over by the share screen (/partager/<id>),
// listed and stoppable there. The professional opens either in Livret's receive screen.
import { useState } from 'preact/hooks'
import type { Validation } from '../../../domain/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import { validationSummary } from '../../components/validation/card-model.ts'
import { downloadFile } from '../../download.ts'
import { navigate } from '../../router.ts'

/** A validation the holder may pick, with the words of its line. */
export type ProofChoice = { validation: Validation; competence: string }

/** Picks validations, then saves them as a file or hands them over as a QR code. */
export function ProofPanel({ choices, readOnly }: { choices: readonly ProofChoice[]; readOnly: boolean }) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(
    () => new Set(choices.map((c) => c.validation.id)),
  )
  const [error, setError] = useState<'pick' | 'recipient' | undefined>()
  const [recipient, setRecipient] = useState('')
  const chosen = choices.filter((c) => picked.has(c.validation.id))
  const toggle = (id: string) => {
    const next = new Set(picked)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setPicked(next)
    setError(undefined)
  }
  const saveFile = async () => {
    if (chosen.length === 0) return setError('pick')
    const { proofFileText } = await import('../../../features/trust/index.ts')
    downloadFile(
      proofFileText(chosen.map((c) => c.validation)),
      `livret-preuve-${new Date().toISOString().slice(0, 10)}.json`,
      'application/json',
    )
  }
  const showQr = async () => {
    if (chosen.length === 0) return setError('pick')
    if (recipient.trim() === '') {
      setError('recipient')
      document.getElementById('proof-recipient')?.focus()
      return
    }
    const { addDraft, proofShareInput } = await import('../../../features/share/index.ts')
    const id = addDraft(
      proofShareInput(
        chosen.map((c) => c.validation.competenceId),
        recipient.trim(),
      ),
    )
    navigate(`/partager/${id}`)
  }
  return (
    <CardSection id="proof-title" icon="share" title={t('proof.title')} class="proof-panel">
      <p class="hint">{t('proof.intro')}</p>
      <fieldset class="field">
        <legend>{t('proof.pick')}</legend>
        <ul class="checklist">
          {choices.map((c) => (
            <li key={c.validation.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={picked.has(c.validation.id)}
                  onChange={() => toggle(c.validation.id)}
                />
                <span>
                  {c.competence} — {validationSummary(c.validation)}, {formatDate(c.validation.date)}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {error === 'pick' ? (
        <p class="form-error" role="alert">
          {t('proof.pickNone')}
        </p>
      ) : null}
      {readOnly ? null : (
        <div class="field">
          <label for="proof-recipient">{t('proof.recipientLabel')}</label>
          {error === 'recipient' ? (
            <p class="form-error" id="proof-recipient-error" role="alert">
              {t('proof.recipientNone')}
            </p>
          ) : null}
          <input
            id="proof-recipient"
            type="text"
            autoComplete="off"
            maxLength={120}
            value={recipient}
            aria-invalid={error === 'recipient'}
            {...(error === 'recipient' ? { 'aria-describedby': 'proof-recipient-error' } : {})}
            onInput={(e) => {
              setRecipient(e.currentTarget.value)
              setError(undefined)
            }}
          />
        </div>
      )}
      <div class="row">
        {readOnly ? null : (
          <button type="button" class="btn btn-primary" onClick={() => void showQr()}>
            <Icon name="scan" /> {t('proof.qrButton')}
          </button>
        )}
        <button type="button" class="btn" onClick={() => void saveFile()}>
          <Icon name="backup" /> {t('proof.fileButton')}
        </button>
      </div>
      <p class="hint">{t('proof.revokeHint')}</p>
    </CardSection>
  )
}
