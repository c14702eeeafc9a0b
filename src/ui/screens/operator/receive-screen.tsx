// /recevoir (and /h, the page a short QR code opens): the one way in for every Livret link (issue 12
// §1). Scan a QR code, paste a link, type a 15-digit code, or open a share file with its key (works
// with no network at all). What was read is recognised by one parser (features/receive/link-kind.ts)
// and routed: a share is received here, a proposal invitation opens /proposer, a validation request
// /valider, a pairing link /appairer; a short link or typed code is first unlocked on the relay. An
// organisation's card opens /confiance; an endorsement, a trainer's card or a trust list file is
// named, with where it opens (other-kinds.ts).
import { useEffect, useRef, useState } from 'preact/hooks'
import {
  type OpenableLink,
  parseLivretLink,
  type ReceiveCode,
  receiveFile,
  receiveLink,
  resolveLivretLink,
} from '../../../features/receive/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { PageHeader, SectionTitle } from '../../components/PageHeader.tsx'
import { navigate } from '../../router.ts'
import { type OtherKind, recogniseOther, recogniseOtherFile } from './other-kinds.ts'
import { ProofSection } from './ProofSection.tsx'
import { QrScanner } from './QrScanner.tsx'
import { linkError, receiveError } from './receive-errors.ts'
import './operator.css'

/** A link to another server is followed only over https (its relay then holds the share); plain
 * http only to this app's own server. */
const acceptableOrigin = (text: string): boolean => {
  try {
    const url = new URL(text)
    return url.origin === location.origin || url.protocol === 'https:'
  } catch {
    return true // a bare fragment: receiveLink says it is incomplete
  }
}

type Part = 'scan' | 'paste' | 'code' | 'file'
type Outcome = { part: Part; message: string } | undefined

const OTHER_WORDS = {
  organisation: ['links.receive.card', 'links.receive.cardHint'],
  'trainer-card': ['links.receive.trainerCard', 'links.receive.trainerCardHint'],
  endorsement: ['links.receive.endorsement', 'links.receive.endorsementHint'],
  'trust-list': ['links.receive.trustList', 'links.receive.trustListHint'],
} as const satisfies Record<OtherKind['kind'], readonly [MessageKey, MessageKey]>

/** What was recognised but opens on another screen: its name, what to do, and the way there. */
function OtherNotice({ other }: { other: OtherKind }) {
  const [title, hint] = OTHER_WORDS[other.kind]
  return (
    <div class="card op-other" role="status">
      <p>
        <Icon name="validated" /> <strong>{t(title)}</strong>
      </p>
      <p>{t(hint)}</p>
      <a class="btn btn-primary" href={other.route}>
        {t('links.receive.go')}
      </a>
    </div>
  )
}

/** The receive screen. */
export default function ReceiveScreen(_props: { id?: string }) {
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()
  const [link, setLink] = useState('')
  const [key, setKey] = useState('')
  const [code, setCode] = useState('')
  const [keyNote, setKeyNote] = useState(false)
  const [other, setOther] = useState<OtherKind>()
  const file = useRef<HTMLInputElement>(null)

  const done = (part: Part, r: { ok: true; value: string } | { ok: false; code: ReceiveCode }) => {
    setBusy(false)
    if (r.ok) navigate(`/recus/${r.value}`)
    else setOutcome({ part, message: receiveError(r.code) })
  }
  /** Opens a recognised link: a share is received here, every other kind opens its own screen. */
  const openResolved = async (part: Part, link: OpenableLink) => {
    if (link.kind === 'share-file-key') {
      setBusy(false)
      setKey(link.key)
      setKeyNote(true)
      file.current?.focus()
      return
    }
    if (link.kind !== 'share') {
      setBusy(false)
      navigate(link.route, part === 'scan' && location.pathname === '/h')
      return
    }
    if (!acceptableOrigin(link.link)) {
      setBusy(false)
      setOutcome({ part, message: receiveError('link-malformed') })
      return
    }
    setBusy(true)
    void import('./received-screen.tsx')
    done(part, await receiveLink(link.link))
  }
  /** Recognises what was scanned, pasted or typed, unlocks a short code on the relay, and opens it. */
  const openText = async (part: Part, text: string) => {
    setOutcome(undefined)
    setOther(undefined)
    const first = parseLivretLink(text)
    // An endorsement pasted here is named, with the way to the trainer's home (as before); only one
    // unlocked from a short link or code is carried there at once.
    if (!first.ok || (first.value.kind === 'registered' && first.value.name === 'endorsement')) {
      const recognised = await recogniseOther(text)
      if (recognised?.kind === 'organisation') navigate(recognised.route)
      else if (recognised) setOther(recognised)
      if (recognised) return
      setOutcome({ part, message: linkError(first.ok ? 'link-unknown' : first.code) })
      return
    }
    setBusy(true)
    const r = await resolveLivretLink(text, location.origin)
    if (!r.ok) {
      setBusy(false)
      setOutcome({ part, message: linkError(r.code) })
      return
    }
    await openResolved(part, r.value)
  }
  // A short QR code read by the phone's own camera opens /h#<id>.<key>: unlock it at once.
  useEffect(() => {
    if (location.pathname !== '/h' || !location.hash) return
    const text = location.href
    history.replaceState(null, '', '/h')
    void openText('scan', text)
  }, [])
  const openFile = async () => {
    setOutcome(undefined)
    setOther(undefined)
    const chosen = file.current?.files?.[0]
    if (!chosen) {
      setOutcome({ part: 'file', message: t('operator.file.missing') })
      file.current?.focus()
      return
    }
    const list = await recogniseOtherFile(chosen)
    if (list) {
      setOther(list)
      return
    }
    setBusy(true)
    done('file', await receiveFile(new Uint8Array(await chosen.arrayBuffer()), key))
  }
  // A trust list chosen here is named at once (it needs no key, and opens on /confiance).
  const nameChosenFile = async () => {
    const chosen = file.current?.files?.[0]
    setOther(chosen ? await recogniseOtherFile(chosen) : undefined)
  }
  const scanned = (text: string) => void openText('scan', text)
  const error = (part: Part) =>
    outcome?.part === part ? (
      <p class="op-error" role="alert">
        <Icon name="error" /> {outcome.message}
      </p>
    ) : null

  return (
    <div class="op-receive-screen">
      <PageHeader icon="scan" title={t('nav.receive')} intro={t('links.receive.intro')} />
      {busy ? (
        <p class="op-live" role="status">
          {t('operator.opening')}
        </p>
      ) : null}
      {other ? <OtherNotice other={other} /> : null}
      <section class="card" aria-labelledby="op-scan">
        <SectionTitle icon="scan" id="op-scan">
          {t('operator.scan.title')}
        </SectionTitle>
        <p class="hint">{t('operator.scan.hint')}</p>
        <QrScanner onText={scanned} />
        {error('scan')}
      </section>
      <section class="card" aria-labelledby="op-paste">
        <SectionTitle icon="share" id="op-paste">
          {t('operator.paste.title')}
        </SectionTitle>
        <form
          class="op-form"
          onSubmit={(e) => {
            e.preventDefault()
            void openText('paste', link)
          }}
        >
          <div class="field">
            <label for="op-link">{t('operator.paste.label')}</label>
            <p class="hint" id="op-link-hint">
              {t('operator.paste.hint')}
            </p>
            <input
              id="op-link"
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              aria-describedby="op-link-hint"
              value={link}
              onInput={(e) => setLink(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="btn btn-primary" disabled={busy || link.trim() === ''}>
            {t('operator.paste.open')}
          </button>
        </form>
        {error('paste')}
      </section>
      <section class="card" aria-labelledby="op-code">
        <SectionTitle icon="speech" id="op-code">
          {t('links.code.title')}
        </SectionTitle>
        <form
          class="op-form"
          onSubmit={(e) => {
            e.preventDefault()
            void openText('code', code)
          }}
        >
          <div class="field">
            <label for="op-code-input">{t('links.code.label')}</label>
            <p class="hint" id="op-code-hint">
              {t('links.code.hint')}
            </p>
            <input
              id="op-code-input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellcheck={false}
              aria-describedby="op-code-hint"
              value={code}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="btn btn-primary" disabled={busy || code.trim() === ''}>
            {t('links.code.open')}
          </button>
        </form>
        {error('code')}
      </section>
      <section class="card" aria-labelledby="op-file">
        <SectionTitle icon="backup" id="op-file">
          {t('operator.file.title')}
        </SectionTitle>
        <p class="hint">{t('operator.file.hint')}</p>
        <form
          class="op-form"
          onSubmit={(e) => {
            e.preventDefault()
            void openFile()
          }}
        >
          <div class="field">
            <label for="op-file-input">{t('operator.file.label')}</label>
            <input
              id="op-file-input"
              ref={file}
              type="file"
              accept=".livret,.json,application/octet-stream,application/json"
              onChange={() => void nameChosenFile()}
            />
          </div>
          <div class="field">
            <label for="op-key">{t('operator.file.key')}</label>
            <p class="hint" id="op-key-hint">
              {t('operator.file.keyHint')}
            </p>
            <input
              id="op-key"
              type="text"
              autoComplete="off"
              spellcheck={false}
              aria-describedby="op-key-hint"
              value={key}
              onInput={(e) => {
                setKey(e.currentTarget.value)
                setKeyNote(false)
              }}
            />
            {keyNote ? (
              <p class="hint" role="status">
                {t('operator.scan.keyRead')}
              </p>
            ) : null}
          </div>
          <button type="submit" class="btn btn-primary" disabled={busy || key.trim() === ''}>
            {t('operator.file.open')}
          </button>
        </form>
        {error('file')}
      </section>
      <ProofSection />
    </div>
  )
}
