// Restore: the whole file is checked first (nothing is touched); then, if this phone already
// holds a booklet, the person picks "Remplacer" or "Fusionner". Every failure has its own words.
import { useState } from 'preact/hooks'
import { isEmptyBooklet } from '../../../booklet/index.ts'
import { formatDate, type MessageKey, t } from '../../../i18n/index.ts'
import {
  type ApplyBackupError,
  type BackupContent,
  type BackupReadError,
  countByKind,
  mergeBackupIntoBooklet,
  type RestoreError,
  readBackup,
  replaceBookletFromBackup,
} from '../../../storage/index.ts'
import { showToast } from '../../components/Toast.tsx'
import { Working } from '../../components/Working.tsx'
import { Choice, ChoiceFieldset } from '../../crud/choices.tsx'
import { FilePassphrase } from '../../crud/FilePassphrase.tsx'
import { FormCard } from '../../crud/FormCard.tsx'
import { FormNote } from '../../crud/FormNote.tsx'
import { errorMessages } from '../../errors.ts'
import { useSession } from '../../session.ts'
import { reopenAround } from '../../session-open.ts'
import { recordsList, restoredSentence } from './restore-summary.ts'

// Every code of reading and restoring a backup, with its words (a new code without words fails the build).
const BACKUP_ERRORS = errorMessages<BackupReadError | ApplyBackupError | RestoreError | 'unknown'>(
  {
    'backup-garbage': 'backup.error.backup-garbage',
    'backup-truncated': 'backup.error.backup-truncated',
    'backup-version': 'backup.error.backup-version',
    'backup-passphrase-needed': 'backup.error.backup-passphrase-needed',
    'backup-passphrase-wrong': 'backup.error.backup-passphrase-wrong',
    'backup-tampered': 'backup.error.backup-tampered',
    'backup-too-large': 'backup.error.backup-too-large',
    'backup-newer-version': 'backup.error.backup-newer-version',
    'backup-target-not-empty': 'backup.error.backup-target-not-empty',
    'read-only': 'backup.error.read-only',
    'storage-quota': 'backup.error.storage-quota',
    'storage-error': 'backup.error.storage-error',
    unknown: 'backup.error.unknown',
  },
  'backup.error.unknown',
)
const errorText = BACKUP_ERRORS.text

const MODES = ['replace', 'merge'] as const

type Phase =
  | { step: 'pick' }
  | { step: 'busy'; label: MessageKey; progress: number }
  | { step: 'ready'; content: BackupContent }

/** The restore part of the backup screen. */
export function ImportBackup() {
  const { doc, id } = useSession()
  const [file, setFile] = useState<File | undefined>(undefined)
  const [passphrase, setPassphrase] = useState('')
  const [phase, setPhase] = useState<Phase>({ step: 'pick' })
  const [mode, setMode] = useState<'replace' | 'merge'>('merge')
  const [error, setError] = useState<string | undefined>(undefined)
  const [done, setDone] = useState<string | undefined>(undefined)
  const existing = !isEmptyBooklet(doc)

  // Another file: checked again from the start.
  const pick = (chosen: File | undefined) => {
    setFile(chosen)
    setPhase({ step: 'pick' })
    setError(undefined)
  }

  const check = async (e: Event) => {
    e.preventDefault()
    setError(undefined)
    setDone(undefined)
    if (!file) return setError(t('backup.noFile'))
    setPhase({ step: 'busy', label: 'backup.checking', progress: 0 })
    const onProgress = (progress: number) => setPhase({ step: 'busy', label: 'backup.checking', progress })
    try {
      const r = await readBackup(file, { ...(passphrase ? { passphrase } : {}), onProgress })
      if (r.ok) return setPhase({ step: 'ready', content: r.value })
      setError(`${errorText(r.code)} ${t('backup.unchanged')}`)
    } catch {
      setError(`${errorText('unknown')} ${t('backup.unchanged')}`)
    }
    setPhase({ step: 'pick' })
  }

  const restore = async (content: BackupContent) => {
    setError(undefined)
    const onProgress = (progress: number) => setPhase({ step: 'busy', label: 'backup.applying', progress })
    onProgress(0)
    const r =
      existing && mode === 'replace'
        ? await reopenAround(() => replaceBookletFromBackup(content, { oldId: id, onProgress }))
        : await mergeBackupIntoBooklet(id, doc, content, { onProgress })
    if (r.ok) {
      setPhase({ step: 'pick' })
      const said = restoredSentence(countByKind(content.records))
      setDone(said)
      showToast(`${t('backup.done')} ${said}`)
    } else {
      const text = `${errorText(r.code)} ${t('backup.unchanged')}`
      setPhase({ step: 'ready', content })
      setError(text)
      showToast(text)
    }
  }

  return (
    <FormCard id="import-title" icon="backup" title={t('backup.importTitle')} onSubmit={check}>
      <FilePassphrase
        id="import"
        file="backup.file"
        passphrase="backup.importPassphrase"
        onFile={pick}
        value={passphrase}
        onValue={setPassphrase}
      />
      {phase.step === 'pick' ? (
        <button type="submit" class="btn btn-primary">
          {t('backup.check')}
        </button>
      ) : null}
      {phase.step === 'busy' ? (
        <Working id="import-progress" text={t(phase.label)} value={phase.progress} />
      ) : null}
      <FormNote note={error === undefined ? undefined : { text: error, error: true }} />
      <FormNote
        note={done === undefined ? undefined : { text: done, error: false }}
        testId="restore-summary"
      />
      {phase.step === 'ready' ? (
        <div>
          <p class="ok" role="status">
            {t('backup.valid', { date: formatDate(phase.content.createdAt) })}
            {phase.content.records.length > 0
              ? ` ${t('recovery.contains', { list: recordsList(countByKind(phase.content.records)) })}`
              : ''}
          </p>
          {existing ? (
            <ChoiceFieldset legend={t('backup.existing')}>
              {MODES.map((m) => (
                <Choice
                  key={m}
                  type="radio"
                  name="restore-mode"
                  checked={mode === m}
                  onCheck={() => setMode(m)}
                  describedBy={`restore-${m}-help`}
                >
                  {t(m === 'replace' ? 'backup.replace' : 'backup.merge')}
                  <span id={`restore-${m}-help`} class="hint block">
                    {t(m === 'replace' ? 'backup.replaceHelp' : 'backup.mergeHelp')}
                  </span>
                </Choice>
              ))}
            </ChoiceFieldset>
          ) : null}
          <button type="button" class="btn btn-primary" onClick={() => void restore(phase.content)}>
            {t('backup.restore')}
          </button>
        </div>
      ) : null}
    </FormCard>
  )
}
