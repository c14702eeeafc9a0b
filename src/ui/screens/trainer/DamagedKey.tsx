// A signing identity kept on this device that cannot be read any more: said plainly (`<kind>.damaged`),
// with the one way out (`<kind>.forget`: forget it, then make or restore one).
import { t } from '../../../i18n/index.ts'
import type { KeyKind } from './KeyIdentityForm.tsx'

/** The alert and its "forget" button. */
export const DamagedKey = ({ kind, onForget }: { kind: KeyKind; onForget: () => void }) => (
  <div class="card">
    <p class="field-error" role="alert">
      {t(`${kind}.damaged`)}
    </p>
    <button type="button" class="btn btn-danger" onClick={onForget}>
      {t(`${kind}.forget`)}
    </button>
  </div>
)
