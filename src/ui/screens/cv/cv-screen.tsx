// The CV screen (issue 13, point 1): the person ticks experiences, competences (validated ones show
// their organisation), projects and contact details, picks a layout and a language, sees the A4
// sheet, prints it (also "save as PDF"), keeps the selection under a name, downloads JSON Resume.
// A saved CV holds ids only: reopening it rebuilds it from the booklet as it is today.
import { useEffect, useMemo, useState } from 'preact/hooks'
import { putItem, removeItem } from '../../../booklet/index.ts'
import { CV_CONTACT_FIELDS, CV_LANGS, CV_LAYOUTS, type CvSelection } from '../../../domain/index.ts'
import {
  buildCv,
  type CvPick,
  type CvSources,
  cvSources,
  saveCv,
  savedCvs,
  toJsonResume,
} from '../../../features/cv/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { Icon, type IconName } from '../../components/Icon.tsx'
import { ItemButton } from '../../components/ItemButton.tsx'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import { showToast, showUndo } from '../../components/Toast.tsx'
import { ChoiceGroup } from '../../crud/InputField.tsx'
import { TextField } from '../../crud/TextField.tsx'
import { downloadFile, fileSlug } from '../../download.ts'
import { useDocVersion } from '../../hooks/use-doc-version.ts'
import { useSession } from '../../session.ts'
import { type CheckItem, Checklist } from './Checklist.tsx'
import { CvSheet } from './CvSheet.tsx'
import './cv.css'

const BLANK: CvPick = {
  layout: 'sobre',
  lang: 'fr',
  experienceIds: [],
  competenceIds: [],
  projectIds: [],
  contact: ['email', 'phone', 'city'],
}

type PickList = 'experienceIds' | 'competenceIds' | 'projectIds' | 'contact'

const toggled = (list: readonly string[], value: string): string[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value]

/** The CV screen. */
export default function CvScreen() {
  const { doc, readOnly } = useSession()
  const version = useDocVersion(doc)
  const [sources, setSources] = useState<CvSources | undefined>(undefined)
  const [pick, setPick] = useState<CvPick>(BLANK)
  const [name, setName] = useState('')
  const [savedId, setSavedId] = useState<string | undefined>(undefined)
  const [nameError, setNameError] = useState(false)
  useEffect(() => {
    let live = true
    void cvSources(doc).then((s) => {
      if (live) setSources(s)
    })
    return () => {
      live = false
    }
  }, [doc, version])
  const saved = useMemo(() => savedCvs(doc), [doc, version])
  const cv = useMemo(() => (sources ? buildCv(sources, pick) : undefined), [sources, pick])

  const open = (s: CvSelection) => {
    setPick({
      layout: s.layout,
      lang: s.lang,
      experienceIds: s.experienceIds,
      competenceIds: s.competenceIds,
      projectIds: s.projectIds,
      contact: s.contact,
    })
    setName(s.name)
    setSavedId(s.id)
  }
  const keep = () => {
    if (name.trim() === '') {
      setNameError(true)
      return
    }
    setNameError(false)
    const r = saveCv(doc, { ...pick, name: name.trim(), ...(savedId ? { id: savedId } : {}) })
    if (r.ok) {
      setSavedId(r.value.id)
      showToast(t('cv.kept', { name: r.value.name }), undefined, 4000)
    }
  }
  const exportJson = () => {
    if (!cv) return
    downloadFile(
      JSON.stringify(toJsonResume(cv), null, 2),
      `${fileSlug(name || cv.name || 'cv')}.resume.json`,
      'application/json',
    )
  }
  // The four lists to tick from, each with the pick's list of ids it fills.
  const checklists: readonly { list: PickList; icon: IconName; legend: MessageKey; items: CheckItem[] }[] = [
    {
      list: 'experienceIds',
      icon: 'experiences',
      legend: 'cv.pickExperiences',
      items: (sources?.experiences ?? []).map((e) => ({ id: e.id, label: e.title })),
    },
    {
      list: 'competenceIds',
      icon: 'competences',
      legend: 'cv.pickCompetences',
      items: (sources?.competences ?? []).map((c) => {
        const orgs = sources?.validatedBy.get(c.id)
        return {
          id: c.id,
          label: c.label,
          ...(orgs && orgs.length > 0
            ? { note: t('cv.validatedBy', { org: [...new Set(orgs)].join(', ') }) }
            : {}),
        }
      }),
    },
    {
      list: 'projectIds',
      icon: 'projects',
      legend: 'cv.pickProjects',
      items: (sources?.projects ?? []).map((p) => ({ id: p.id, label: p.targetJob })),
    },
    {
      list: 'contact',
      icon: 'contacts',
      legend: 'cv.pickContact',
      items: CV_CONTACT_FIELDS.map((f) => ({ id: f, label: t(`cv.contact.${f}`) })),
    },
  ]
  const nothingPicked = pick.experienceIds.length + pick.competenceIds.length + pick.projectIds.length === 0

  return (
    <div class="cv-screen">
      <div class="cv-controls no-print">
        <PageHeader icon="cv" title={t('cv.title')} intro={t('cv.intro')} />
        <CardSection id="cv-saved" icon="saved" title={t('cv.saved')}>
          {saved.length === 0 ? (
            <p class="muted">{t('cv.savedNone')}</p>
          ) : (
            <ul class="plain cv-saved">
              {saved.map((s) => (
                <li key={s.id}>
                  <button type="button" class="btn" aria-pressed={s.id === savedId} onClick={() => open(s)}>
                    <Icon name="cv" /> {t('cv.open', { name: s.name })}
                  </button>
                  {readOnly ? null : (
                    <ItemButton
                      action="common.delete"
                      item={s.name}
                      tone="danger"
                      onClick={() => {
                        removeItem(doc, 'cvs', s.id)
                        if (s.id === savedId) setSavedId(undefined)
                        showUndo(() => putItem(doc, 'cvs', s))
                      }}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {savedId ? (
            <button
              type="button"
              class="btn"
              onClick={() => {
                setPick(BLANK)
                setName('')
                setSavedId(undefined)
              }}
            >
              <Icon name="cv" /> {t('cv.new')}
            </button>
          ) : null}
        </CardSection>

        {checklists.map((c) => (
          <Checklist
            key={c.list}
            icon={c.icon}
            legend={t(c.legend)}
            items={c.items}
            picked={pick[c.list]}
            toggle={(id) => setPick({ ...pick, [c.list]: toggled(pick[c.list], id) })}
          />
        ))}

        <ChoiceGroup
          class="field card"
          legend={[<Icon key="icon" name="print" />, ' ', t('cv.layout')]}
          name="cv-layout"
          options={CV_LAYOUTS.map((l) => ({ value: l, label: t(`cv.layout.${l}`) }))}
          value={pick.layout}
          onPick={(layout) => setPick({ ...pick, layout })}
        />
        <ChoiceGroup
          class="field card"
          legend={[<Icon key="icon" name="language" />, ' ', t('cv.lang')]}
          hint={t('cv.langHint')}
          name="cv-lang"
          options={CV_LANGS.map((l) => ({ value: l, label: t(`cv.lang.${l}`), lang: l }))}
          value={pick.lang}
          onPick={(lang) => setPick({ ...pick, lang })}
        />

        <button type="button" class="btn btn-primary btn-wide" onClick={() => window.print()}>
          <Icon name="print" /> {t('cv.print')}
        </button>

        {readOnly ? null : (
          <div class="card">
            <TextField
              id="cv-name"
              label={t('cv.name')}
              hint={t('cv.nameHint')}
              error={nameError ? 'cv.nameMissing' : undefined}
              value={name}
              onValue={setName}
            />
            <button type="button" class="btn btn-wide" onClick={keep}>
              <Icon name="saved" /> {t('cv.keep')}
            </button>
          </div>
        )}
        <p class="hint" id="cv-export-hint">
          {t('cv.exportHint')}
        </p>
        <button type="button" class="btn btn-wide" aria-describedby="cv-export-hint" onClick={exportJson}>
          <Icon name="backup" /> {t('cv.export')}
        </button>

        <h2>
          <Icon name="cv" /> {t('cv.preview')}
        </h2>
        {nothingPicked ? <p class="muted">{t('cv.empty')}</p> : null}
      </div>
      {!cv ? <p>{t('app.loading')}</p> : nothingPicked ? null : <CvSheet cv={cv} label={t('cv.preview')} />}
    </div>
  )
}
