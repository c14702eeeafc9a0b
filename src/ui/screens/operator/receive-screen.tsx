// /recevoir: three ways to receive a booklet — scan the QR code (a share link, or the key of a
// share file), paste the link, or open a share file with its key (works with no network at all).
import { useRef, useState } from 'preact/hooks'
import { type ReceiveCode, receiveFile, receiveLink } from '../../../features/receive/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { PageHeader, SectionTitle } from '../../components/PageHeader.tsx'
import { navigate } from '../../router.ts'
import { ProofSection } from './ProofSection.tsx'
import { QrScanner } from './QrScanner.tsx'
import { receiveError } from './receive-errors.ts'
import './operator.css'

const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/

const looksLikeLink = (text: string): boolean => /[#&]?room=/.test(text) && text.includes('token=')

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

type Outcome = { part: 'scan' | 'paste' | 'file'; message: string } | undefined

/** The receive screen. */
export default function ReceiveScreen(_props: { id?: string }) {
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()
  const [link, setLink] = useState('')
  const [key, setKey] = useState('')
  const [keyNote, setKeyNote] = useState(false)
  const file = useRef<HTMLInputElement>(null)

  const done = (
    part: 'scan' | 'paste' | 'file',
    r: { ok: true; value: string } | { ok: false; code: ReceiveCode },
  ) => {
    setBusy(false)
    if (r.ok) navigate(`/recus/${r.value}`)
    else setOutcome({ part, message: receiveError(r.code) })
  }
  const openLink = async (part: 'scan' | 'paste', text: string) => {
    setOutcome(undefined)
    if (!acceptableOrigin(text.trim())) {
      setOutcome({ part, message: receiveError('link-malformed') })
      return
    }
    setBusy(true)
    void import('./received-screen.tsx')
    done(part, await receiveLink(text.trim()))
  }
  const openFile = async () => {
    setOutcome(undefined)
    const chosen = file.current?.files?.[0]
    if (!chosen) {
      setOutcome({ part: 'file', message: t('operator.file.missing') })
      file.current?.focus()
      return
    }
    setBusy(true)
    done('file', await receiveFile(new Uint8Array(await chosen.arrayBuffer()), key))
  }
  const scanned = (text: string) => {
    const trimmed = text.trim()
    if (looksLikeLink(trimmed)) void openLink('scan', trimmed)
    else if (KEY_PATTERN.test(trimmed)) {
      setKey(trimmed)
      setKeyNote(true)
      file.current?.focus()
    } else setOutcome({ part: 'scan', message: t('operator.scan.notOurs') })
  }
  const error = (part: 'scan' | 'paste' | 'file') =>
    outcome?.part === part ? (
      <p class="op-error" role="alert">
        <Icon name="error" /> {outcome.message}
      </p>
    ) : null

  return (
    <div class="op-receive-screen">
      <PageHeader icon="scan" title={t('nav.receive')} intro={t('operator.receive.intro')} />
      {busy ? (
        <p class="op-live" role="status">
          {t('operator.opening')}
        </p>
      ) : null}
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
            void openLink('paste', link)
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
            <input id="op-file-input" ref={file} type="file" accept=".livret,application/octet-stream" />
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
