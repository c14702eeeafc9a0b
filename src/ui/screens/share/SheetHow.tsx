// The "how" part of the share sheet: a snapshot or a live share, whether the recipient may propose
// steps for the plan, and for how many days (with the day it ends, once the number is right).
import { formatDate, type MessageKey, t } from '../../../i18n/index.ts'
import { CardSection } from '../../components/PageHeader.tsx'
import { CheckField, ChoiceFieldset, checkBoxes } from '../../crud/choices.tsx'
import { TextField } from '../../crud/TextField.tsx'
import type { SheetForm } from './sheet-form.ts'

const MODES = ['snapshot', 'live'] as const

/** The day a share of `days` days made now would end, when `days` is a whole number from 1 to 365. */
const endOf = (days: string): string | undefined => {
  const n = Number(days.trim())
  return Number.isInteger(n) && n >= 1 && n <= 365
    ? new Date(Date.now() + n * 86_400_000).toISOString()
    : undefined
}

/** Mode, proposals and duration of the share being made. */
export function SheetHow({
  form,
  set,
  daysError,
}: {
  form: SheetForm
  set: (patch: Partial<SheetForm>) => void
  daysError: MessageKey | undefined
}) {
  const until = endOf(form.days)
  return (
    <CardSection bare id="share-how-title" icon="settings" title={t('share.sheet.how')}>
      <ChoiceFieldset legend={t('share.sheet.modeLegend')}>
        {checkBoxes({
          type: 'radio',
          name: 'share-mode',
          class: 'share-mode',
          items: MODES.map((m) => ({
            value: m,
            label: (
              <>
                <strong>{t(`share.sheet.${m}`)}</strong>
                <span class="block hint">{t(`share.sheet.${m}Hint`)}</span>
              </>
            ),
          })),
          picked: [form.mode],
          onPick: ([mode]) => set(mode ? { mode } : {}),
        })}
      </ChoiceFieldset>
      <CheckField
        id="share-proposals"
        icon="proposals"
        hint={t('share.sheet.proposalsHint')}
        checked={form.proposals === true}
        onCheck={(proposals) => set({ proposals })}
      >
        {t('share.sheet.proposals')}
      </CheckField>
      <TextField
        id="share-days"
        label={t('share.sheet.days')}
        hint={
          <>
            {t('share.sheet.daysHint')} {until ? t('share.sheet.until', { date: formatDate(until) }) : null}
          </>
        }
        inputMode="numeric"
        class="share-days"
        value={form.days}
        error={daysError}
        onValue={(days) => set({ days })}
      />
    </CardSection>
  )
}
