// A trainer's fingerprint in large groups of four characters, to read aloud and compare face to face.
import { t } from '../../../i18n/index.ts'

/** The fingerprint, large, with how to use it. */
export function Fingerprint({ fingerprint }: { fingerprint: string }) {
  return (
    <div class="fingerprint">
      <p class="fingerprint-label">
        <strong id="fingerprint-title">{t('trainer.fingerprint')}</strong>
      </p>
      <p class="fingerprint-groups" data-fingerprint={fingerprint}>
        {fingerprint.split('-').map((g, i) => (
          <span key={`${i}-${g}`} class="fingerprint-group">
            {g}
          </span>
        ))}
      </p>
      <p class="hint">{t('trainer.fingerprintHelp')}</p>
    </div>
  )
}
