// The holder saves a proof file of their verified validations (credentials as issued, with the
// endorsement chain) to give to a professional, who opens it in the receive screen.
import type { Validation } from '../../../domain/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'

/** A button that downloads the proof file of `validations`. */
export function ProofExport({ validations }: { validations: Validation[] }) {
  const save = async () => {
    const { proofFileText } = await import('../../../features/trust/index.ts')
    const blob = new Blob([proofFileText(validations)], { type: 'application/json' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = `livret-preuve-${new Date().toISOString().slice(0, 10)}.json`
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return (
    <div class="proof-export">
      <p class="hint">{t('trust.export.intro')}</p>
      <button type="button" class="btn" onClick={() => void save()}>
        <Icon name="backup" /> {t('trust.export.button')}
      </button>
    </div>
  )
}
