// Face to face, the organisation vouches for a trainer: it reads the trainer's card (camera or pasted
// text), checks the fingerprint aloud with the trainer, chooses how long the endorsement lasts, signs,
// and hands the endorsement back as a short QR code and a 15-digit code (sealed on the relay, like the
// other handovers), with the long text below to copy when the relay cannot be reached.
import { useState } from 'preact/hooks'
import type { OrganisationSelf } from '../../../features/trainer/index.ts'
import { giveEndorsement } from '../../../features/trainer/signing/index.ts'
import { decodeCard, type ReadCard } from '../../../features/trust/index.ts'
import { t } from '../../../i18n/index.ts'
import { HandoverQr } from '../../components/HandoverQr.tsx'
import { Icon } from '../../components/Icon.tsx'
import { CardSection } from '../../components/PageHeader.tsx'
import { ChoiceFieldset, checkBoxes } from '../../crud/choices.tsx'
import { PasteForm } from '../../crud/PasteForm.tsx'
import { QrScanner } from '../operator/QrScanner.tsx'
import { CopyText } from './CopyText.tsx'

// How long an endorsement lasts, in months.
const MONTHS = ['6', '12', '24'] as const

/** The endorsement section; `onGiven` is told when one was signed (the list reloads). */
export function EndorseTrainer({
  organisation,
  onGiven,
}: {
  organisation: OrganisationSelf
  onGiven: () => void
}) {
  const [pasted, setPasted] = useState('')
  const [card, setCard] = useState<{ text: string; card: ReadCard }>()
  const [months, setMonths] = useState<(typeof MONTHS)[number]>('12')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [handover, setHandover] = useState<{ name: string; text: string }>()

  const read = (text: string) => {
    setError(undefined)
    setCard(undefined)
    setHandover(undefined)
    const r = decodeCard(text)
    if (!r.ok) return setError(t('org.cardBad'))
    if (r.value.kind !== 'trainer') return setError(t('org.cardOrg'))
    setCard({ text, card: r.value })
  }
  const sign = async () => {
    if (!card) return
    setBusy(true)
    setError(undefined)
    try {
      const until = new Date()
      until.setMonth(until.getMonth() + Number(months))
      const r = await giveEndorsement(organisation, card.text, until)
      if (!r.ok) return setError(t('org.cardBad'))
      setHandover({ name: card.card.name, text: r.value.handover })
      setCard(undefined)
      setPasted('')
      onGiven()
    } catch (e) {
      // 'key-locked': the key kept under a PIN stayed locked (prompt closed), nothing was signed.
      setError(t(e instanceof Error && e.message === 'key-locked' ? 'pin.locked' : 'org.error.failed'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <CardSection icon="validated" id="org-endorse-title" title={t('org.endorseTitle')}>
      <p class="hint">{t('org.endorseIntro')}</p>
      <QrScanner onText={read} />
      <PasteForm
        id="org-trainer-card"
        label="org.trainerCard"
        button="org.readCard"
        icon="scan"
        value={pasted}
        onValue={setPasted}
        onRead={read}
      />
      {card ? (
        <div class="org-confirm">
          <p>{t('org.confirmTrainer', { name: card.card.name, fingerprint: card.card.fingerprint })}</p>
          <ChoiceFieldset legend={t('org.validity')} class="" layout="bare">
            {checkBoxes({
              type: 'radio',
              name: 'org-validity',
              items: MONTHS.map((m) => ({ value: m, label: t(`org.validity.${m}`) })),
              picked: [months],
              onPick: ([m]) => m && setMonths(m),
            })}
          </ChoiceFieldset>
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void sign()}>
            <Icon name="saved" /> {t('org.sign')}
          </button>
          {busy ? <p role="status">{t('org.signing')}</p> : null}
        </div>
      ) : null}
      {error ? (
        <p class="field-error" role="alert">
          <Icon name="error" /> {error}
        </p>
      ) : null}
      {handover ? (
        <div>
          <p class="ok" role="status">
            <Icon name="saved" /> {t('org.signed', { name: handover.name })}
          </p>
          <HandoverQr link={handover.text} what={t('org.handoverQr', { name: handover.name })} size={280} />
          <CopyText id="org-handover" label={t('org.handoverText')} text={handover.text} />
        </div>
      ) : null}
    </CardSection>
  )
}
