// The sensitive part of the share sheet: the situation (freins), the journal and the job applications,
// only item by item, and only after a plain-words warning that the person opens on purpose.
import { useEffect, useRef } from 'preact/hooks'
import type { SituationArea, SituationStatus } from '../../../domain/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon, type IconName } from '../../components/Icon.tsx'
import { CheckGroup } from '../../crud/choices.tsx'
import type { PickItem } from './pick-items.ts'

/** Props of SensitivePick. */
export type SensitivePickProps = {
  open: boolean
  onOpen: () => void
  situation: readonly { area: SituationArea; status: SituationStatus }[]
  journal: readonly (PickItem & { date: string })[]
  pickedAreas: readonly SituationArea[]
  pickedJournal: readonly string[]
  onAreas: (areas: SituationArea[]) => void
  onJournal: (ids: string[]) => void
  applications: readonly (PickItem & { date: string })[]
  pickedApplications: readonly string[]
  onApplications: (ids: string[]) => void
}

/** Situation, journal and job applications, item by item, behind a warning. */
export function SensitivePick(props: SensitivePickProps) {
  const warning = useRef<HTMLHeadingElement>(null)
  const opened = useRef(props.open)
  useEffect(() => {
    if (props.open && !opened.current) warning.current?.focus()
    opened.current = props.open
  }, [props.open])
  return (
    <section class="card private-note" aria-labelledby="share-sensitive-title">
      <h3 id="share-sensitive-title">
        <Icon name="private" /> {t('share.sheet.sensitive')}
      </h3>
      <p class="hint">{t('share.sheet.sensitiveHelp')}</p>
      {props.open ? (
        <>
          <div class="share-warning">
            <h4 ref={warning} tabIndex={-1}>
              <Icon name="error" /> {t('share.sheet.warningTitle')}
            </h4>
            <p>{t('share.sheet.warning')}</p>
          </div>
          <CheckGroup
            icon="situation"
            legend={t('share.sheet.situation')}
            items={props.situation.map((s) => ({
              value: s.area,
              label: (
                <>
                  {t(`area.${s.area}`)} <span class="muted">— {t(`sstatus.${s.status}`)}</span>
                </>
              ),
            }))}
            picked={props.pickedAreas}
            onPick={props.onAreas}
          />
          <DatedPick
            icon="journal"
            legend={t('share.sheet.journal')}
            items={props.journal}
            picked={props.pickedJournal}
            onChange={props.onJournal}
          />
          <DatedPick
            icon="applications"
            legend={t('share.sheet.applications')}
            hint={t('share.sheet.applicationsHint')}
            items={props.applications}
            picked={props.pickedApplications}
            onChange={props.onApplications}
          />
        </>
      ) : (
        <button type="button" class="btn" onClick={props.onOpen}>
          <Icon name="private" /> {t('share.sheet.sensitiveOpen')}
        </button>
      )}
    </section>
  )
}

/** Dated items ticked one by one (the journal, the job applications): date, then the title. */
function DatedPick(props: {
  icon: IconName
  legend: string
  hint?: string
  items: readonly (PickItem & { date: string })[]
  picked: readonly string[]
  onChange: (ids: string[]) => void
}) {
  return (
    <CheckGroup
      icon={props.icon}
      legend={props.legend}
      hint={props.hint}
      empty={t('share.sheet.empty')}
      items={props.items.map((i) => ({ value: i.id, label: `${formatDate(i.date)} — ${i.title}` }))}
      picked={props.picked}
      onPick={props.onChange}
    />
  )
}
