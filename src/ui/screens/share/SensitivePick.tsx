// The sensitive part of the share sheet: the situation (freins), the journal and the job applications,
// only item by item, and only after a plain-words warning that the person opens on purpose.
import { useEffect, useRef } from 'preact/hooks'
import type { SituationArea, SituationStatus } from '../../../domain/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon, type IconName } from '../../components/Icon.tsx'
import type { PickItem } from './pick-items.ts'
import { toggled } from './SectionPick.tsx'

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
          <fieldset class="field">
            <legend>
              <Icon name="situation" /> {t('share.sheet.situation')}
            </legend>
            <div class="choices">
              {props.situation.map((s) => (
                <label class="choice" key={s.area}>
                  <input
                    type="checkbox"
                    checked={props.pickedAreas.includes(s.area)}
                    onChange={(e) =>
                      props.onAreas(toggled(props.pickedAreas, s.area, e.currentTarget.checked))
                    }
                  />
                  <span>
                    {t(`area.${s.area}`)} <span class="muted">— {t(`sstatus.${s.status}`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset class="field">
            <legend>
              <Icon name="journal" /> {t('share.sheet.journal')}
            </legend>
            {props.journal.length === 0 ? <p class="muted">{t('share.sheet.empty')}</p> : null}
            <div class="choices">
              {props.journal.map((j) => (
                <label class="choice" key={j.id}>
                  <input
                    type="checkbox"
                    checked={props.pickedJournal.includes(j.id)}
                    onChange={(e) =>
                      props.onJournal(toggled(props.pickedJournal, j.id, e.currentTarget.checked))
                    }
                  />
                  <span>
                    {formatDate(j.date)} — {j.title}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
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

/** Dated items ticked one by one (the job applications): date, then the title. */
function DatedPick(props: {
  icon: IconName
  legend: string
  hint: string
  items: readonly (PickItem & { date: string })[]
  picked: readonly string[]
  onChange: (ids: string[]) => void
}) {
  return (
    <fieldset class="field">
      <legend>
        <Icon name={props.icon} /> {props.legend}
      </legend>
      <p class="hint">{props.hint}</p>
      {props.items.length === 0 ? <p class="muted">{t('share.sheet.empty')}</p> : null}
      <div class="choices">
        {props.items.map((i) => (
          <label class="choice" key={i.id}>
            <input
              type="checkbox"
              checked={props.picked.includes(i.id)}
              onChange={(e) => props.onChange(toggled(props.picked, i.id, e.currentTarget.checked))}
            />
            <span>
              {formatDate(i.date)} — {i.title}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
