// A key's fingerprint in large groups of four characters, to read aloud and compare face to face: a
// trainer's (with how to use it) or an organisation's.
import { t } from '../../../i18n/index.ts'

/** The fingerprint, large; a trainer's says how to use it (`data-fingerprint`), an organisation's is
 * marked `data-org-fingerprint`. */
export function Fingerprint({ fingerprint, organisation }: { fingerprint: string; organisation?: boolean }) {
  const data = organisation ? { 'data-org-fingerprint': fingerprint } : { 'data-fingerprint': fingerprint }
  return (
    <div class="fingerprint">
      <p class="fingerprint-label">
        <strong id={organisation ? undefined : 'fingerprint-title'}>
          {t(organisation ? 'org.fingerprint' : 'trainer.fingerprint')}
        </strong>
      </p>
      <p class="fingerprint-groups" {...data}>
        {fingerprint.split('-').map((g, i) => (
          <span key={`${i}-${g}`} class="fingerprint-group">
            {g}
          </span>
        ))}
      </p>
      {organisation ? null : <p class="hint">{t('trainer.fingerprintHelp')}</p>}
    </div>
  )
}
