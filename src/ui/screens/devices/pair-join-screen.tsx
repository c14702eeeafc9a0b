// "/appairer#…": this device joins the holder's private room from the pairing link (or QR code)
// shown on another device. The link is checked first (a changed link is refused in plain words);
// the person names this device; if it already holds a booklet, the screen says that both will be
// joined into one (CRDT merge) before anything happens. See src/features/devices/pairing-join.ts.
import { useEffect, useMemo, useState } from 'preact/hooks'
import { isEmptyBooklet } from '../../../booklet/index.ts'
import {
  appNet,
  bindPrivateLink,
  forgetSelf,
  joinPrivateRoom,
  loadSelf,
  readPairingLink,
  type SelfRecord,
  saveSelf,
} from '../../../features/devices/index.ts'
import { t } from '../../../i18n/index.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { Working } from '../../components/Working.tsx'
import { TextField } from '../../crud/TextField.tsx'
import { setMode } from '../../mode.ts'
import { useLocation } from '../../router.ts'
import { useSession } from '../../session.ts'
import { joinError } from './join-errors.ts'
import { SyncStatus } from './SyncStatus.tsx'
import './devices.css'
import { LinkRow } from '../../components/LinkButton.tsx'

type Phase = { step: 'form' } | { step: 'working' } | { step: 'done' } | { step: 'error'; code: string }

/** The join screen of a second device. */
export default function PairJoinScreen(_props: { id?: string }) {
  const { doc } = useSession()
  const fragment = useLocation().hash
  const link = useMemo(() => (fragment ? readPairingLink(fragment) : undefined), [fragment])
  const [self, setSelf] = useState<SelfRecord | undefined | null>(null)
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState(false)
  const [phase, setPhase] = useState<Phase>({ step: 'form' })
  const hasBooklet = useMemo(() => !isEmptyBooklet(doc), [doc])
  useEffect(() => {
    void loadSelf().then(setSelf)
  }, [])

  const submit = async (e: Event) => {
    e.preventDefault()
    if (!link?.ok) return
    const trimmed = name.trim()
    setNameError(!trimmed)
    if (!trimmed) return document.getElementById('device-name')?.focus()
    setPhase({ step: 'working' })
    const joined = await joinPrivateRoom(doc, link.value, trimmed, appNet())
    if (!joined.ok) return setPhase({ step: 'error', code: joined.code })
    const { capability, mailbox, room } = joined.value
    // A link to other devices this device had before is replaced (its records go with it).
    if (self) await forgetSelf()
    await saveSelf({ role: 'member', capability, mailbox, name: trimmed, pairedAt: new Date().toISOString() })
    bindPrivateLink(doc, { role: 'member', capability, mailbox }, room)
    setMode('holder')
    // The link's secrets leave the address bar and the history.
    history.replaceState(null, '', '/appairer')
    setPhase({ step: 'done' })
  }

  const header = <PageHeader icon="devices" title={t('nav.pair')} intro={t('devices.join.intro')} />
  if (!link?.ok)
    return (
      <div class="devices">
        {header}
        <p class="form-error" role="alert">
          {link ? joinError(link.code) : t('devices.join.noLink')}
        </p>
      </div>
    )
  if (phase.step === 'done')
    return (
      <div class="devices">
        {header}
        <p class="ok" role="status">
          {t('devices.join.done')}
        </p>
        <SyncStatus />
        <LinkRow
          links={[
            { href: '/', label: t('devices.join.open'), primary: true },
            { href: '/appareils', label: t('nav.devices') },
          ]}
        />
      </div>
    )
  const sameRoom = self?.role === 'member' && self.capability.roomId === link.value.roomId
  return (
    <div class="devices">
      {header}
      {sameRoom ? (
        <p class="ok" role="status">
          {t('devices.join.already')} <a href="/appareils">{t('nav.devices')}</a>
        </p>
      ) : (
        <form class="card" onSubmit={(e) => void submit(e)} noValidate aria-busy={phase.step === 'working'}>
          {self ? <p class="private-note">{t('devices.join.replace')}</p> : null}
          <TextField
            id="device-name"
            label={t('devices.join.name')}
            hint={t('devices.join.nameHint')}
            error={nameError ? 'devices.join.nameMissing' : undefined}
            maxLength={80}
            autocomplete="off"
            value={name}
            onValue={setName}
          />
          {hasBooklet ? (
            <p class="private-note" id="merge-warning">
              {t('devices.join.mergeWarning')}
            </p>
          ) : null}
          {phase.step === 'working' ? (
            <Working id="join-progress" text={t('devices.join.working')} />
          ) : (
            <button type="submit" class="btn btn-primary btn-wide">
              {t(hasBooklet ? 'devices.join.submitMerge' : 'devices.join.submit')}
            </button>
          )}
          {phase.step === 'error' ? (
            <p class="form-error" role="alert">
              {joinError(phase.code)}
            </p>
          ) : null}
        </form>
      )}
    </div>
  )
}
