// Plain words for every reason a share cannot be received (link, file, storage), and for every
// reason a pasted, scanned or typed text is not a link this app can open.

import type { ReceiveCode, ResolveCode } from '../../../features/receive/index.ts'
import { errorMessages } from '../../errors.ts'

const RECEIVE_ERRORS = errorMessages<ReceiveCode>(
  {
    'link-malformed': 'operator.error.link-malformed',
    'link-bad-token': 'operator.error.link-bad-token',
    'link-wrong-role': 'operator.error.link-wrong-role',
    'link-bad-key': 'operator.error.link-bad-key',
    'share-revoked': 'operator.error.share-revoked',
    'share-expired': 'operator.error.share-expired',
    'share-gone': 'operator.error.share-gone',
    'share-unreachable': 'operator.error.share-unreachable',
    'share-invalid': 'operator.error.share-invalid',
    'file-garbage': 'operator.error.file-garbage',
    'file-version': 'operator.error.file-version',
    'file-bad-key': 'operator.error.file-bad-key',
    'file-tampered': 'operator.error.file-tampered',
    'file-invalid': 'operator.error.file-invalid',
    'store-failed': 'operator.error.store-failed',
  },
  'operator.error.share-invalid',
)

const LINK_ERRORS = errorMessages<ResolveCode>(
  {
    'link-unknown': 'links.error.link-unknown',
    'link-damaged': 'links.error.link-damaged',
    'handover-gone': 'links.error.handover-gone',
    'handover-tampered': 'links.error.handover-tampered',
    'handover-malformed': 'links.error.handover-malformed',
    'handover-refused': 'links.error.handover-refused',
    'rate-limited': 'links.error.rate-limited',
    'relay-unreachable': 'links.error.relay-unreachable',
  },
  'links.error.link-unknown',
)

/** The sentence shown for a receive failure. */
export const receiveError = RECEIVE_ERRORS.text

/** The sentence shown when a text cannot be recognised or its short code not unlocked. */
export const linkError = LINK_ERRORS.text
