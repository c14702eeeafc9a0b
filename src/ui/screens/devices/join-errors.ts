// Plain words for why pairing this device failed. The codes of features/devices are listed here,
// checked by the type system; a refusal code the relay may add later gets the generic sentence.
import type { JoinCode, PairCode } from '../../../features/devices/index.ts'
import { t } from '../../../i18n/index.ts'
import { errorMessages } from '../../errors.ts'

type KnownJoinCode = Extract<
  JoinCode,
  'relay-unreachable' | 'link-bad-key' | 'link-malformed' | 'mailbox-not-offered'
>

const JOIN_ERRORS = errorMessages<KnownJoinCode | PairCode | 'token-revoked' | 'room-gone'>(
  {
    'relay-unreachable': 'devices.join.error.relay-unreachable',
    'link-bad-key': 'devices.join.error.link-bad-key',
    'link-malformed': 'devices.join.error.link-malformed',
    'link-bad-token': 'devices.join.error.link-bad-token',
    'link-wrong-role': 'devices.join.error.link-wrong-role',
    'link-expired': 'devices.join.error.link-expired',
    'mailbox-not-offered': 'devices.join.error.mailbox-not-offered',
    'token-revoked': 'devices.join.error.token-revoked',
    'room-gone': 'devices.join.error.room-gone',
  },
  'devices.join.error.generic',
)

/** The sentence shown when joining fails; but for an unreachable relay, it asks for a new code. */
export function joinError(code: JoinCode | PairCode): string {
  const words = t(JOIN_ERRORS.keyOf(code))
  return code === 'relay-unreachable' ? words : `${words} ${t('devices.join.newCode')}`
}
