// First start: who uses Livret on this device (holder, operator or trainer), offered on the home
// screen until a choice is made; the settings can change it later.
import { t } from '../../i18n/index.ts'
import { CardSection } from '../components/PageHeader.tsx'
import { ChoiceGroup } from '../crud/InputField.tsx'
import { MODES, type Mode, setMode, useModeChosen } from '../mode.ts'
import { navigate } from '../router.ts'

const LABEL = { holder: 'mode.holder', operator: 'mode.operator', trainer: 'mode.trainer' } as const
const HINT = {
  holder: 'mode.holderHint',
  operator: 'mode.operatorHint',
  trainer: 'mode.trainerHint',
} as const

/** Chooses the mode and goes to its home. */
export function chooseMode(mode: Mode): void {
  setMode(mode)
  navigate('/', true)
}

/** The "who uses Livret here" box, shown until a mode is chosen. */
export function ModeChoice() {
  const chosen = useModeChosen()
  if (chosen) return null
  return (
    <CardSection id="mode-title" icon="profile" title={t('mode.title')} class="welcome">
      <p>{t('mode.text')}</p>
      <ul class="plain mode-choice">
        {MODES.map((m) => (
          <li key={m}>
            <button type="button" class="btn btn-wide" data-mode={m} onClick={() => chooseMode(m)}>
              <strong>{t(LABEL[m])}</strong>
              <span>{t(HINT[m])}</span>
            </button>
          </li>
        ))}
      </ul>
    </CardSection>
  )
}

/** The mode radio group of the settings screen. */
export function ModeSetting({ mode }: { mode: Mode }) {
  return (
    <ChoiceGroup
      legend={t('mode.settingsHelp')}
      name="mode"
      options={MODES.map((m) => ({ value: m, label: t(LABEL[m]) }))}
      value={mode}
      onPick={setMode}
    />
  )
}
