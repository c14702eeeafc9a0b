// The CV screen (issue 13, point 1): the person ticks experiences, competences (validated ones show
// their organisation), projects and contact details, picks a layout and a language, sees the A4
// sheet, prints it (also "save as PDF"), keeps the selection under a name, downloads JSON Resume.
// A saved CV holds ids only: reopening it rebuilds it from the booklet as it is today.
import { useEffect, useMemo, useState } from 'preact/hooks'
import { putItem, removeItem } from '../../../booklet/index.ts'
import {
  CV_CONTACT_FIELDS,
  CV_LANGS,
  CV_LAYOUTS,
  type CvContactField,
  type CvSelection,
} from '../../../domain/index.ts'
import {
  buildCv,
  type CvPick,
  type CvSources,
  cvSources,
  saveCv,
  savedCvs,
  toJsonResume,
} from '../../../features/cv/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { PageHeader, SectionTitle } from '../../components/PageHeader.tsx'
import { showToast, showUndo } from '../../components/Toast.tsx'
import { downloadFile, fileSlug } from '../../download.ts'
import { useDocVersion } from '../../hooks/use-doc-version.ts'
import { useSession } from '../../session.ts'
import { Checklist } from './Checklist.tsx'
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

const toggled = <T,>(list: readonly T[], value: T): T[] =>
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
  const nothingPicked = pick.experienceIds.length + pick.competenceIds.length + pick.projectIds.length === 0

  return (
    <div class="cv-screen">
      <div class="cv-controls">
        <PageHeader icon="cv" title={t('cv.title')} intro={t('cv.intro')} />
        <section class="card" aria-labelledby="cv-saved">
          <SectionTitle icon="saved" id="cv-saved">
            {t('cv.saved')}
          </SectionTitle>
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
                    <button
                      type="button"
                      class="btn btn-danger btn-small"
                      aria-label={t('cv.deleteOne', { name: s.name })}
                      onClick={() => {
                        removeItem(doc, 'cvs', s.id)
                        if (s.id === savedId) setSavedId(undefined)
                        showUndo(() => putItem(doc, 'cvs', s))
                      }}
                    >
                      {t('common.delete')}
                    </button>
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
        </section>

        <Checklist
          icon="experiences"
          legend={t('cv.pickExperiences')}
          items={(sources?.experiences ?? []).map((e) => ({ id: e.id, label: e.title }))}
          picked={pick.experienceIds}
          toggle={(id) => setPick({ ...pick, experienceIds: toggled(pick.experienceIds, id) })}
        />
        <Checklist
          icon="competences"
          legend={t('cv.pickCompetences')}
          items={(sources?.competences ?? []).map((c) => {
            const orgs = sources?.validatedBy.get(c.id)
            return {
              id: c.id,
              label: c.label,
              ...(orgs && orgs.length > 0
                ? { note: t('cv.validatedBy', { org: [...new Set(orgs)].join(', ') }) }
                : {}),
            }
          })}
          picked={pick.competenceIds}
          toggle={(id) => setPick({ ...pick, competenceIds: toggled(pick.competenceIds, id) })}
        />
        <Checklist
          icon="projects"
          legend={t('cv.pickProjects')}
          items={(sources?.projects ?? []).map((p) => ({ id: p.id, label: p.targetJob }))}
          picked={pick.projectIds}
          toggle={(id) => setPick({ ...pick, projectIds: toggled(pick.projectIds, id) })}
        />
        <Checklist
          icon="contacts"
          legend={t('cv.pickContact')}
          items={CV_CONTACT_FIELDS.map((f) => ({ id: f, label: t(`cv.contact.${f}`) }))}
          picked={pick.contact}
          toggle={(id) => setPick({ ...pick, contact: toggled(pick.contact, id as CvContactField) })}
        />

        <fieldset class="field card">
          <legend>
            <Icon name="print" /> {t('cv.layout')}
          </legend>
          <div class="choices">
            {CV_LAYOUTS.map((l) => (
              <label key={l} class="choice">
                <input
                  type="radio"
                  name="cv-layout"
                  checked={pick.layout === l}
                  onChange={() => setPick({ ...pick, layout: l })}
                />
                <span>{t(`cv.layout.${l}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="field card" aria-describedby="cv-lang-hint">
          <legend>
            <Icon name="language" /> {t('cv.lang')}
          </legend>
          <p class="hint" id="cv-lang-hint">
            {t('cv.langHint')}
          </p>
          <div class="choices">
            {CV_LANGS.map((l) => (
              <label key={l} class="choice">
                <input
                  type="radio"
                  name="cv-lang"
                  checked={pick.lang === l}
                  onChange={() => setPick({ ...pick, lang: l })}
                />
                <span lang={l}>{t(`cv.lang.${l}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <button type="button" class="btn btn-primary btn-wide" onClick={() => window.print()}>
          <Icon name="print" /> {t('cv.print')}
        </button>

        {readOnly ? null : (
          <div class="card">
            <label class="field" for="cv-name">
              {t('cv.name')}
            </label>
            <p class="hint" id="cv-name-hint">
              {t('cv.nameHint')}
            </p>
            <input
              id="cv-name"
              type="text"
              value={name}
              aria-describedby={nameError ? 'cv-name-hint cv-name-error' : 'cv-name-hint'}
              aria-invalid={nameError ? true : undefined}
              onInput={(e) => setName(e.currentTarget.value)}
            />
            {nameError ? (
              <p id="cv-name-error" class="field-error">
                <Icon name="error" /> {t('cv.nameMissing')}
              </p>
            ) : null}
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
