// A signing identity kept on this device that cannot be read any more: said plainly, with the one way
// out (forget it, then make or restore one).
import { type MessageKey, t } from '../../../i18n/index.ts'

/** The alert and its "forget" button. */
export const DamagedKey = (props: { text: MessageKey; forget: MessageKey; onForget: () => void }) => (
  <div class="card">
    <p class="field-error" role="alert">
      {t(props.text)}
    </p>
    <button type="button" class="btn btn-danger" onClick={props.onForget}>
      {t(props.forget)}
    </button>
  </div>
)
