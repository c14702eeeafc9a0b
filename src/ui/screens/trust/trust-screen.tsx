// /confiance: the organisations this reader trusts — listed, removed, added face to face (scanned QR or
// pasted link, fingerprint confirmed with the person), or from a trust list whose signer the reader
// chooses first. Nothing is trusted by default; a refused link or list changes nothing.
import { useEffect, useState } from 'preact/hooks'
import {
  acceptTrustList,
  checkTrustListFile,
  listTrustedRecords,
  type OrganisationLink,
  parseOrganisationLink,
  type TrustedRecord,
  trustOrganisation,
  untrustOrganisation,
  type VerifiedTrustList,
} from '../../../features/trust/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import { FileField } from '../../crud/InputField.tsx'
import { PasteForm } from '../../crud/PasteForm.tsx'
import { type CodeOf, errorMessages } from '../../errors.ts'
import { takeCarriedText } from '../operator/carried.ts'
import { PartError } from '../operator/PartError.tsx'
import { QrScanner } from '../operator/QrScanner.tsx'
import '../operator/operator.css'

// Why a pasted or scanned organisation link is refused, in words.
const ORG_LINK_ERRORS = errorMessages<CodeOf<typeof parseOrganisationLink>>(
  { 'not-organisation-link': 'trust.orgs.bad', 'fingerprint-mismatch': 'trust.orgs.mismatch' },
  'trust.orgs.bad',
)

type Note = { kind: 'ok' | 'error'; text: string } | undefined

function Message({ note }: { note: Note }) {
  if (!note) return null
  return note.kind === 'ok' ? (
    <p class="op-live" role="status">
      <Icon name="saved" /> {note.text}
    </p>
  ) : (
    <PartError message={note.text} />
  )
}

/** What was read, asked before it is trusted: the question (with the fingerprint) and its "yes". */
function Confirm({ question, yes, onYes }: { question: string; yes: MessageKey; onYes: () => void }) {
  return (
    <div class="trust-confirm">
      <p>{question}</p>
      <button type="button" class="btn btn-primary" onClick={onYes}>
        <Icon name="saved" /> {t(yes)}
      </button>
    </div>
  )
}

/** The trusted organisations screen. */
export default function TrustScreen(_props: { id?: string }) {
  const [list, setList] = useState<TrustedRecord[] | null>(null)
  const [note, setNote] = useState<Note>()
  const [pasted, setPasted] = useState('')
  const [candidate, setCandidate] = useState<OrganisationLink>()
  const [addNote, setAddNote] = useState<Note>()
  const [trustList, setTrustList] = useState<VerifiedTrustList>()
  const [listNote, setListNote] = useState<Note>()

  const reload = async () => setList(await listTrustedRecords())
  useEffect(() => {
    void reload()
    // A trust list chosen on the receive screen: checked at once, accepted here by the person.
    const carried = takeCarriedText('trust-list')
    if (carried)
      void checkTrustListFile(carried).then((r) =>
        r.ok ? setTrustList(r.value) : setListNote({ kind: 'error', text: t(`trust.listError.${r.code}`) }),
      )
  }, [])

  const check = async (text: string) => {
    setAddNote(undefined)
    setCandidate(undefined)
    const r = await parseOrganisationLink(text)
    if (r.ok) setCandidate(r.value)
    else
      setAddNote({
        kind: 'error',
        text: ORG_LINK_ERRORS.text(r.code),
      })
  }
  const confirm = async (o: OrganisationLink) => {
    await trustOrganisation(o)
    setCandidate(undefined)
    setPasted('')
    setAddNote({ kind: 'ok', text: t('trust.orgs.added', { name: o.name }) })
    await reload()
  }
  // An organisation's card or link opened from the receive screen (/confiance#…): checked at once,
  // the fingerprint still confirmed with the person; the address bar forgets it.
  useEffect(() => {
    const carried = location.hash.slice(1)
    if (!carried) return
    history.replaceState(null, '', location.pathname)
    let text = carried
    try {
      text = decodeURIComponent(carried)
    } catch {
      // a malformed escape: checked as it is, and refused in plain words
    }
    setPasted(text)
    void check(text)
  }, [])
  const remove = async (r: TrustedRecord) => {
    await untrustOrganisation(r.did)
    setNote({ kind: 'ok', text: t('trust.orgs.removed', { name: r.name }) })
    await reload()
  }
  const readList = async (chosen: File | undefined) => {
    setListNote(undefined)
    setTrustList(undefined)
    if (!chosen) return
    const r = chosen.size > 2_000_000 ? null : await checkTrustListFile(await chosen.text())
    if (r?.ok) setTrustList(r.value)
    else setListNote({ kind: 'error', text: t(`trust.listError.${r ? r.code : 'trust-list-too-large'}`) })
  }
  const acceptList = async (l: VerifiedTrustList) => {
    const n = await acceptTrustList(l)
    setTrustList(undefined)
    setListNote({ kind: 'ok', text: t('trust.orgs.listDone', { list: l.name, n }) })
    await reload()
  }

  return (
    <div class="trust-screen">
      <PageHeader icon="validated" title={t('trust.orgs.title')} intro={t('trust.orgs.intro')} />
      <CardSection id="trust-list" icon="validated" title={t('trust.orgs.title')}>
        {list === null ? (
          <p>{t('app.loading')}</p>
        ) : list.length === 0 ? (
          <p>{t('trust.orgs.empty')}</p>
        ) : (
          <ul class="op-list trust-orgs">
            {list.map((r) => (
              <li key={r.did}>
                <p>
                  <strong>{r.name}</strong> — <span class="fingerprint">{r.fingerprint}</span>
                </p>
                <p class="muted">
                  {r.via.kind === 'face-to-face'
                    ? t('trust.orgs.viaFace')
                    : t('trust.orgs.viaList', { list: r.via.listName })}
                </p>
                <button
                  type="button"
                  class="btn"
                  aria-label={t('trust.orgs.removeLabel', { name: r.name })}
                  onClick={() => void remove(r)}
                >
                  {t('trust.orgs.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <Message note={note} />
      </CardSection>
      <CardSection id="trust-add" icon="scan" title={t('trust.orgs.addTitle')}>
        <p class="hint">{t('trust.orgs.addIntro')}</p>
        <QrScanner onText={(text) => void check(text)} />
        <PasteForm
          id="trust-paste"
          label="trust.orgs.paste"
          button="trust.orgs.check"
          primary
          value={pasted}
          onValue={setPasted}
          onRead={(text) => void check(text)}
        />
        {candidate ? (
          <Confirm
            question={t('trust.orgs.confirm', { name: candidate.name, fingerprint: candidate.fingerprint })}
            yes="trust.orgs.confirmYes"
            onYes={() => void confirm(candidate)}
          />
        ) : null}
        <Message note={addNote} />
      </CardSection>
      <CardSection id="trust-import" icon="backup" title={t('trust.orgs.listTitle')}>
        <p class="hint">{t('trust.orgs.listIntro')}</p>
        <FileField
          id="trust-file"
          label="trust.orgs.listFile"
          accept=".json,application/json"
          onFile={(chosen) => void readList(chosen)}
        />
        {trustList ? (
          <Confirm
            question={t('trust.orgs.listSigner', {
              list: trustList.name,
              signer: trustList.signer.name,
              fingerprint: trustList.signer.fingerprint,
              n: trustList.organisations.length,
            })}
            yes="trust.orgs.listYes"
            onYes={() => void acceptList(trustList)}
          />
        ) : null}
        <Message note={listNote} />
      </CardSection>
    </div>
  )
}
