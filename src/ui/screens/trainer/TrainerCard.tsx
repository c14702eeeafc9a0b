// The trainer's card (name and key), shown to the organisation face to face as a QR code and a text,
// and the endorsements the organisation gave back: listed, and imported from a scanned or pasted text.
// The signing code (JSON-LD) is loaded only when needed, so the trainer home stays small.
import { useEffect, useState } from 'preact/hooks'
import {
  type ReceivedEndorsement,
  receivedEndorsements,
  type TrainerIdentity,
  trainerKeyInfo,
} from '../../../features/trainer/index.ts'
import { formatDate, type MessageKey, t } from '../../../i18n/index.ts'
import { CardSection } from '../../components/PageHeader.tsx'
import { FormNote, type FormNoteValue } from '../../crud/FormNote.tsx'
import { PasteForm } from '../../crud/PasteForm.tsx'
import { QrScanner } from '../operator/QrScanner.tsx'
import { CopyText } from '../organisation/CopyText.tsx'
import '../organisation/organisation.css'
import '../operator/operator.css'

/** The trainer's card, to show to the organisation. */
export function TrainerCard({ identity }: { identity: TrainerIdentity }) {
  const [card, setCard] = useState<string>()
  useEffect(() => {
    let live = true
    void import('../../../features/trust/index.ts').then(({ encodeCard }) => {
      if (live)
        setCard(encodeCard({ kind: 'trainer', name: identity.name, did: trainerKeyInfo(identity).did }))
    })
    return () => {
      live = false
    }
  }, [identity])
  return (
    <CardSection icon="scan" id="trainer-card-title" title={t('card.title')}>
      <p class="hint">{t('card.intro')}</p>
      {card ? <CopyText id="trainer-card" label={t('card.text')} text={card} /> : <p>{t('app.loading')}</p>}
    </CardSection>
  )
}

const ERRORS: Record<string, MessageKey> = {
  'endorsement-other-trainer': 'endorsed.error.other',
  'endorsement-expired': 'endorsed.error.expired',
  'endorsement-not-yet-valid': 'endorsed.error.expired',
  // A short link or typed code: read once, so a second try or a day later finds nothing.
  'handover-gone': 'endorsed.error.gone',
  'relay-unreachable': 'endorsed.error.offline',
  'rate-limited': 'endorsed.error.offline',
}

/** The endorsements this trainer holds, and the import of a new one. */
export function TrainerEndorsements({ identity }: { identity: TrainerIdentity }) {
  const [list, setList] = useState<ReceivedEndorsement[] | null>(null)
  const [pasted, setPasted] = useState('')
  const [note, setNote] = useState<FormNoteValue>()
  const did = trainerKeyInfo(identity).did
  const reload = async () => setList(await receivedEndorsements(did))
  useEffect(() => {
    void reload()
  }, [did])
  // An endorsement unlocked on the receive screen (short link read by the phone's camera, typed
  // code) arrives in the fragment: imported at once, and the fragment cleared.
  useEffect(() => {
    if (!location.hash.includes('livret-endorsement')) return
    const text = location.hash.slice(1)
    history.replaceState(null, '', location.pathname)
    void add(text)
  }, [])
  const add = async (text: string) => {
    setNote(undefined)
    const { importEndorsement } = await import('../../../features/trainer/signing/index.ts')
    const r = await importEndorsement(identity, text)
    if (r.ok) {
      setPasted('')
      setNote({
        error: false,
        text: t('endorsed.added', {
          organisation: r.value.organisation.name,
          fingerprint: r.value.organisation.fingerprint,
        }),
      })
      await reload()
    } else setNote({ error: true, text: t(ERRORS[r.code] ?? 'endorsed.error.bad') })
  }
  const now = Date.now()
  return (
    <CardSection icon="organisation" id="trainer-endorsed-title" title={t('endorsed.title')}>
      {list?.length === 0 ? <p>{t('endorsed.none')}</p> : null}
      {list && list.length > 0 ? (
        <>
          <ul class="org-list">
            {list.map((e) => (
              <li key={e.id} data-endorsed-by={e.organisation.name}>
                {Date.parse(e.validUntil) > now
                  ? t('endorsed.line', {
                      organisation: e.organisation.name,
                      fingerprint: e.organisation.fingerprint,
                      date: formatDate(e.validUntil),
                    })
                  : t('endorsed.expired', {
                      organisation: e.organisation.name,
                      date: formatDate(e.validUntil),
                    })}
              </li>
            ))}
          </ul>
          <p class="hint">{t('endorsed.carried')}</p>
        </>
      ) : null}
      <QrScanner onText={(text) => void add(text)} />
      <PasteForm
        id="trainer-endorsement"
        label="endorsed.add"
        button="endorsed.check"
        icon="saved"
        value={pasted}
        onValue={setPasted}
        onRead={(text) => void add(text)}
      />
      <FormNote note={note} />
    </CardSection>
  )
}
