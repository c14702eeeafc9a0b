// "Mes appareils": the private room's status; on the device that created the room (or before any
// pairing), the pairing code and the list of paired devices; on a paired device, its name and the
// way to stop syncing it. See src/features/devices/private-devices.ts for what a removal does.
import { useCallback, useEffect, useState } from 'preact/hooks'
import {
  appNet,
  becomeOwner,
  bindPrivateLink,
  cancelPairing,
  type DeviceRecord,
  deleteDevice,
  listDevices,
  loadSelf,
  pairNewDevice,
  privateSync,
  refreshLastSeen,
  removeDevices,
  type SelfRecord,
  saveDevice,
  saveSelf,
  selfLink,
} from '../../../features/devices/index.ts'
import { t } from '../../../i18n/index.ts'
import { PageHeader, SectionTitle } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'
import { errorMessages } from '../../errors.ts'
import { useSession } from '../../session.ts'
import { DeviceList, deviceName } from './DeviceList.tsx'
import { MemberPanel } from './MemberPanel.tsx'
import { PairingPanel } from './PairingPanel.tsx'
import { SyncStatus } from './SyncStatus.tsx'
import './devices.css'

type Owner = Extract<SelfRecord, { role: 'owner' }>

/** Words for a failed network step. */
export const networkError = errorMessages<'relay-unreachable' | 'timeout' | (string & {})>(
  { 'relay-unreachable': 'devices.error.offline', timeout: 'devices.error.offline' },
  'devices.error.generic',
).text

/** The devices screen. */
export default function DevicesScreen(_props: { id?: string }) {
  const { doc } = useSession()
  const [self, setSelf] = useState<SelfRecord | undefined | null>(null)
  const [devices, setDevices] = useState<DeviceRecord[]>([])
  const [shown, setShown] = useState<{ link: string; device: DeviceRecord } | undefined>(undefined)
  const reload = useCallback(async () => {
    const s = await loadSelf()
    setSelf(s)
    setDevices(s?.role === 'owner' ? await listDevices() : [])
  }, [])
  useEffect(() => {
    void reload().then(async () => {
      const s = await loadSelf()
      if (s?.role === 'owner' && (await refreshLastSeen(s.secrets, await listDevices()))) await reload()
    })
  }, [reload])

  const start = async () => {
    let owner: Owner | undefined = self?.role === 'owner' ? self : undefined
    if (!owner) owner = await becomeOwner(doc)
    const { pairing, device } = pairNewDevice(owner.secrets, { appOrigin: location.origin })
    await saveDevice(device)
    setShown({ link: pairing.link, device })
    await reload()
  }

  const cancel = async (owner: Owner, device: DeviceRecord): Promise<string | undefined> => {
    const r = await cancelPairing(owner.secrets, device, appNet())
    if (!r.ok) return networkError(r.code)
    await deleteDevice(device)
    showToast(t('devices.cancelled'))
    await reload()
    return undefined
  }

  const remove = async (device: DeviceRecord): Promise<string | undefined> => {
    if (self?.role !== 'owner') return undefined
    if (!device.label) return cancel(self, device)
    await privateSync()?.flush()
    const others = devices.filter((d) => d.mailbox.roomId !== device.mailbox.roomId)
    const r = await removeDevices(doc, self.secrets, [device], others, appNet(), (secrets, room) =>
      bindPrivateLink(doc, { role: 'owner', secrets }, room),
    )
    if (!r.ok) {
      bindPrivateLink(doc, selfLink(self))
      return networkError(r.code)
    }
    await saveSelf({ ...self, secrets: r.value.secrets })
    for (const d of r.value.remaining) await saveDevice(d)
    await deleteDevice(device)
    showToast(t('devices.removed', { name: deviceName(device) }))
    await reload()
    return undefined
  }

  return (
    <div class="devices">
      <PageHeader icon="devices" title={t('nav.devices')} intro={t('devices.intro')} />
      <SyncStatus />
      {self === null ? (
        <p class="muted">{t('app.loading')}</p>
      ) : self?.role === 'member' ? (
        <MemberPanel self={self} onLeft={() => void reload()} />
      ) : (
        <>
          {shown && self ? (
            <PairingPanel
              link={shown.link}
              device={shown.device}
              onJoined={() => void reload()}
              onClose={() => setShown(undefined)}
              onCancel={() => {
                setShown(undefined)
                void cancel(self, shown.device).then((e) => e && showToast(e))
              }}
            />
          ) : (
            <section class="card" aria-labelledby="pair-start-title">
              <SectionTitle icon="devices" id="pair-start-title">
                {t('devices.pairTitle')}
              </SectionTitle>
              <p>{t('devices.pairHelp')}</p>
              <button type="button" class="btn btn-primary btn-wide" onClick={() => void start()}>
                {t('devices.pairStart')}
              </button>
            </section>
          )}
          {self ? <DeviceList devices={devices} onRemove={remove} /> : null}
        </>
      )}
    </div>
  )
}
