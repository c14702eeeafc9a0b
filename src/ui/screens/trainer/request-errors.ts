// Plain words for every reason a validation request cannot be opened: one key per code, checked by
// the type system (a new RequestCode without words fails the build).
import type { RequestCode } from '../../../features/trainer/index.ts'
import { errorMessages } from '../../errors.ts'

const REQUEST_ERRORS = errorMessages<RequestCode>(
  {
    // A link that does not open (incomplete, altered, or not a request): one sentence for all.
    'link-malformed': 'trainer.requestError.link',
    'link-bad-token': 'trainer.requestError.link',
    'link-wrong-role': 'trainer.requestError.link',
    'link-bad-key': 'trainer.requestError.link',
    'share-revoked': 'trainer.requestError.share-revoked',
    'share-expired': 'trainer.requestError.request-expired',
    'share-gone': 'trainer.requestError.share-gone',
    'share-unreachable': 'trainer.requestError.share-unreachable',
    'share-invalid': 'trainer.requestError.share-invalid',
    'request-malformed': 'trainer.requestError.request-malformed',
    'request-expired': 'trainer.requestError.request-expired',
    'request-damaged': 'trainer.requestError.request-damaged',
  },
  'trainer.requestError.link',
)

/** The sentence shown when a validation request cannot be opened. */
export const requestError = REQUEST_ERRORS.text
