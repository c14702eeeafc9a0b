// "Mes appareils": the private room's status; the pairing code (on the device that keeps the room's
// secret: the one that created it, or the last one that removed a device); on every device, the list
// of the person's other devices (from the household), each of which can be removed — the lost phone
// too, even if it created the room. See src/features/devices/keeper-removal.ts for what a removal does.
import { useCallback, useEffect, useState } from 'preact/hooks'
import {
  appNet,
  becomeOwner,
  bindPrivateLink,
  cancelPairing,
  type DeviceRecord,
  deleteDevice,
  ensureDeviceKeys,
  type HouseholdDevice,
  householdState,
  householdSync,
  listDevices,
  loadSelf,
  pairNewDevice,
  privateSync,
  refreshLastSeen,
  removeDevices,
  removeFromHousehold,
  type SelfRecord,
  saveDevice,
  saveSelf,
  selfLink,
} from '../../../features/devices/index.ts'
import { t } from '../../../i18n/index.ts'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'
import { errorMessages } from '../../errors.ts'
import { useSession } from '../../session.ts'
import { useStore } from '../../store.ts'
import { DeviceList, deviceName, type ListedDevice } from './DeviceList.tsx'
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

/** The other devices: the household's (but this one), with the pairings this device showed that
 * nobody used yet, and the last-seen times this device knows. */
function listed(
  self: SelfRecord | undefined,
  household: readonly HouseholdDevice[],
  local: readonly DeviceRecord[],
): ListedDevice[] {
  const mine = self?.mailbox?.roomId
  const seen = new Map<string, string | undefined>(local.map((d) => [d.mailbox.roomId, d.lastSeenAt]))
  const out: ListedDevice[] = household
    .filter((d) => d.id !== mine)
    .map((d) => {
      const at = seen.get(d.id)
      return { id: d.id, label: d.label, pairedAt: d.pairedAt, ...(at ? { lastSeenAt: at } : {}) }
    })
  // Pairings not used yet, and devices paired before the household existed that have not been
  // opened since (they write their entry at their next start).
  for (const d of local)
    if (!out.some((o) => o.id === d.mailbox.roomId))
      out.push({
        id: d.mailbox.roomId,
        label: d.label,
        pairedAt: d.pairedAt,
        ...(d.label ? {} : { pending: true }),
        ...(d.lastSeenAt ? { lastSeenAt: d.lastSeenAt } : {}),
      })
  return out
}

/** The devices screen. */
export default function DevicesScreen(_props: { id?: string }) {
  const { doc } = useSession()
  const household = useStore(householdState)
  const [self, setSelf] = useState<SelfRecord | undefined | null>(null)
  const [local, setLocal] = useState<DeviceRecord[]>([])
  const [shown, setShown] = useState<{ link: string; device: DeviceRecord } | undefined>(undefined)
  const reload = useCallback(async () => {
    const stored = await loadSelf()
    setSelf(stored ? await ensureDeviceKeys(stored) : undefined)
    setLocal(stored?.role === 'owner' ? await listDevices() : [])
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

  /** The creator's own removal, for a device that never wrote its household entry (an older app):
   * the devices this one paired get their new capability as before (private-devices.ts). */
  const removeKnown = async (owner: Owner, device: DeviceRecord): Promise<string | undefined> => {
    const others = local.filter((d) => d.mailbox.roomId !== device.mailbox.roomId && d.label)
    const r = await removeDevices(doc, owner.secrets, [device], others, appNet(), (secrets, room) => {
      const next: Owner = { ...owner, secrets }
      bindPrivateLink(doc, selfLink(next), room, next)
    })
    if (!r.ok) {
      bindPrivateLink(doc, selfLink(owner), undefined, owner)
      return networkError(r.code)
    }
    await saveSelf({ ...owner, secrets: r.value.secrets })
    for (const d of r.value.remaining) await saveDevice(d)
    await deleteDevice(device)
    showToast(t('devices.removed', { name: deviceName({ id: '', label: device.label, pairedAt: '' }) }))
    await reload()
    return undefined
  }

  const remove = async (device: ListedDevice): Promise<string | undefined> => {
    if (!self) return undefined
    const pending = local.find((d) => d.mailbox.roomId === device.id)
    if (device.pending && pending && self.role === 'owner') return cancel(self, pending)
    await privateSync()?.flush()
    await householdSync()?.flush()
    if (pending && self.role === 'owner' && !household.devices.some((d) => d.id === device.id))
      return removeKnown(self, pending)
    const r = await removeFromHousehold(doc, self, device.id, appNet(), (next, room) => {
      bindPrivateLink(doc, selfLink(next), room, next)
      void saveSelf(next)
    })
    if (!r.ok) {
      bindPrivateLink(doc, selfLink(self), undefined, self)
      return networkError(r.code)
    }
    await saveSelf(r.value.self)
    if (pending) await deleteDevice(pending)
    showToast(t('devices.removed', { name: deviceName(device) }))
    await reload()
    return undefined
  }

  const devices = listed(self ?? undefined, household.devices, local)
  return (
    <div class="devices">
      <PageHeader icon="devices" title={t('nav.devices')} intro={t('devices.intro')} />
      <SyncStatus />
      {self === null ? (
        <p class="muted">{t('app.loading')}</p>
      ) : self?.role === 'member' ? (
        <MemberPanel self={self} onLeft={() => void reload()} />
      ) : shown && self ? (
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
        <CardSection id="pair-start-title" icon="devices" title={t('devices.pairTitle')}>
          <p>{t('devices.pairHelp')}</p>
          <button type="button" class="btn btn-primary btn-wide" onClick={() => void start()}>
            {t('devices.pairStart')}
          </button>
        </CardSection>
      )}
      {self ? <DeviceList devices={devices} onRemove={remove} /> : null}
    </div>
  )
}
