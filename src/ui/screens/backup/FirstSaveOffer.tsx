// The offer made once, at the first save of the booklet (issue 12, point 4): most people have one
// phone and no backup file anywhere else. A plain question with two choices: "Oui, garder une copie"
// creates the private room (the booklet sealed on the relay, kept current) unless this device is
// already in one, and a recovery sheet (code + QR to print); "Non merci" is kept and never asked
// again (the backup screen still offers both). Shown above the screen, outside <main>, in holder
// mode, until answered.
import { useEffect, useState } from 'preact/hooks'
import { isEmptyBooklet } from '../../../booklet/index.ts'
import {
  appNet,
  becomeOwner,
  loadRecoveryOffer,
  loadRecoverySeed,
  loadSelf,
  newRecoverySeed,
  saveRecoveryOffer,
  writeRecoveryCopy,
  writeRecoveryRecords,
} from '../../../features/devices/index.ts'
import { t } from '../../../i18n/index.ts'
import { collectBackupRecords } from '../../../storage/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'
import { useSession } from '../../session.ts'
import { recoveryError, SheetCode } from './RecoverySheet.tsx'
import { keepRecoverySeed } from './recovery-seed.ts'
import './recovery.css'

type Phase =
  | { step: 'hidden' }
  | { step: 'asking'; error?: string }
  | { step: 'working' }
  | { step: 'done'; seed: Uint8Array }

/** Whether the offer was already answered here, or is moot (a sheet, or a link to other devices). */
async function answered(): Promise<boolean> {
  return (await loadRecoveryOffer()) !== undefined || (await loadRecoverySeed()) !== undefined
}

/** The first-save offer (see the top comment). */
export function FirstSaveOffer() {
  const { doc } = useSession()
  const [phase, setPhase] = useState<Phase>({ step: 'hidden' })

  useEffect(() => {
    let live = true
    let watching = false
    const check = () => {
      if (!live || isEmptyBooklet(doc)) return
      doc.off('update', check)
      watching = false
      void answered().then((done) => {
        if (live && !done) setPhase({ step: 'asking' })
      })
    }
    void answered().then((done) => {
      if (!live || done) return
      if (!isEmptyBooklet(doc)) return check()
      doc.on('update', check)
      watching = true
    })
    return () => {
      live = false
      if (watching) doc.off('update', check)
    }
  }, [doc])

  const yes = async () => {
    setPhase({ step: 'working' })
    // The private room first: the sealed copy the person's other devices will share.
    if (!(await loadSelf())) await becomeOwner(doc)
    const seed = newRecoverySeed()
    const written = await writeRecoveryCopy(doc, seed, appNet())
    if (!written.ok) return setPhase({ step: 'asking', error: recoveryError(written.code) })
    await keepRecoverySeed(seed, written.value, doc)
    await writeRecoveryRecords(seed, await collectBackupRecords(), appNet())
    await saveRecoveryOffer('accepted')
    setPhase({ step: 'done', seed })
  }

  const no = async () => {
    await saveRecoveryOffer('declined')
    setPhase({ step: 'hidden' })
    showToast(t('recovery.offerDeclined'))
  }

  if (phase.step === 'hidden') return null
  return (
    <section class="card first-save-offer" aria-labelledby="first-save-title">
      <SectionTitle icon="private" id="first-save-title">
        {t('recovery.offerTitle')}
      </SectionTitle>
      {phase.step === 'done' ? (
        <>
          <p class="ok" role="status">
            <Icon name="saved" /> {t('recovery.offerDone')}
          </p>
          <SheetCode seed={phase.seed} />
          <p class="row">
            <button type="button" class="btn" onClick={() => setPhase({ step: 'hidden' })}>
              <Icon name="saved" /> {t('recovery.offerClose')}
            </button>
          </p>
        </>
      ) : (
        <>
          <p>{t('recovery.offerText')}</p>
          {phase.step === 'working' ? <p role="status">{t('recovery.offerBusy')}</p> : null}
          {phase.step === 'asking' && phase.error ? (
            <p class="field-error" role="alert">
              {phase.error}
            </p>
          ) : null}
          <div class="row offer-choices">
            <button
              type="button"
              class="btn btn-primary"
              disabled={phase.step === 'working'}
              onClick={() => void yes()}
            >
              <Icon name="backup" /> {t('recovery.offerYes')}
            </button>
            <button type="button" class="btn" disabled={phase.step === 'working'} onClick={() => void no()}>
              <Icon name="no" /> {t('recovery.offerNo')}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
