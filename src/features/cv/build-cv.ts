// The CV document (issue 13, point 1): from the booklet's items and a selection, a model that a
// screen lays out on A4 ('sobre': one column; 'deux-colonnes': contact, competences and languages in
// a side column). Pure. The person's own words are kept as written; headings, contact labels, levels,
// dates and "validated by" are in the CV's language (words.ts). Only picked items appear, in the
// order picked; ids no longer in the booklet are skipped (the CV regenerates from the booklet).
import type {
  Competence,
  CvContactField,
  CvLang,
  CvLayout,
  Experience,
  ExperienceKind,
  Profile,
  Project,
} from '../../domain/index.ts'
import { cvWord } from './words.ts'

/** Which CV section an experience goes to. */
export const SECTION_OF_KIND: Record<ExperienceKind, CvSectionKey> = {
  emploi: 'experience',
  stage: 'experience',
  'essai-metier': 'experience',
  formation: 'training',
  benevolat: 'volunteering',
  'vie-quotidienne': 'other',
  autre: 'other',
}

/** Sections of a CV, in reading order. */
export const CV_SECTIONS = [
  'projects',
  'experience',
  'training',
  'volunteering',
  'other',
  'competences',
] as const
/** One section. */
export type CvSectionKey = (typeof CV_SECTIONS)[number]

/** One line of a section. */
export type CvEntry = {
  id: string
  title: string
  organisation?: string
  place?: string
  /** '03/2024 – 06/2024', 'depuis 03/2024'… */
  period?: string
  /** ISO days of an experience (for exports). */
  startDate?: string
  endDate?: string
  description?: string
  /** A competence's level in words. */
  level?: string
  /** 'Validée par Forem' — only for competences with a verified validation. */
  validated?: string
  /** The ESCO label beside the person's words, when aligned. */
  esco?: string
}

/** A section with its translated heading. */
export type CvSection = { key: CvSectionKey; heading: string; entries: CvEntry[]; column: 'main' | 'side' }

/** One contact line: which profile field, its label in the CV's language, the value as written. */
export type CvContactLine = { field: CvContactField; label: string; value: string }

/** The CV document a screen renders and prints. */
export type CvDocument = {
  layout: CvLayout
  lang: CvLang
  name: string
  summary?: { heading: string; text: string }
  contact: { heading: string; lines: CvContactLine[]; column: 'main' | 'side' }
  languages?: { heading: string; items: string[]; column: 'main' | 'side' }
  sections: CvSection[]
}

/** What the CV is built from: the booklet's items (validated readers) and verified validations. */
export type CvSources = {
  profile: Profile | undefined
  experiences: readonly Experience[]
  competences: readonly Competence[]
  projects: readonly Project[]
  /** Organisations of verified, not hidden validations, by competence id. */
  validatedBy: ReadonlyMap<string, readonly string[]>
}

/** What the person picked. */
export type CvPick = {
  layout: CvLayout
  lang: CvLang
  experienceIds: readonly string[]
  competenceIds: readonly string[]
  projectIds: readonly string[]
  contact: readonly CvContactField[]
}

const monthYear = (day: string): string => `${day.slice(5, 7)}/${day.slice(0, 4)}`

/** The period of an experience in the CV's language. */
export const cvPeriod = (lang: CvLang, start?: string, end?: string): string | undefined => {
  if (start && end)
    return start.slice(0, 7) === end.slice(0, 7)
      ? monthYear(start)
      : `${monthYear(start)} – ${monthYear(end)}`
  if (start) return cvWord(lang, 'since', { date: monthYear(start) })
  if (end) return monthYear(end)
  return undefined
}

const compact = <T extends object>(o: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined && value !== '')) as T

const picked = <T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] => {
  const byId = new Map(items.map((i) => [i.id as string, i]))
  return [...new Set(ids)].map((id) => byId.get(id)).filter((i): i is T => i !== undefined)
}

/** Builds the CV document. */
export const buildCv = (sources: CvSources, pick: CvPick): CvDocument => {
  const { lang, layout } = pick
  const side = (key: 'competences' | 'contact' | 'languages' | CvSectionKey): 'main' | 'side' =>
    layout === 'deux-colonnes' && (key === 'competences' || key === 'contact' || key === 'languages')
      ? 'side'
      : 'main'
  const entries = new Map<CvSectionKey, CvEntry[]>(CV_SECTIONS.map((k) => [k, []]))
  for (const p of picked(sources.projects, pick.projectIds))
    entries
      .get('projects')
      ?.push(compact({ id: p.id, title: p.targetJob, description: p.wishes, esco: p.esco?.label }))
  for (const e of picked(sources.experiences, pick.experienceIds))
    entries.get(SECTION_OF_KIND[e.kind])?.push(
      compact({
        id: e.id,
        title: e.title,
        organisation: e.organisation,
        place: e.place,
        period: cvPeriod(lang, e.startDate, e.endDate),
        startDate: e.startDate,
        endDate: e.endDate,
        description: e.description,
      }),
    )
  for (const c of picked(sources.competences, pick.competenceIds)) {
    const orgs = sources.validatedBy.get(c.id) ?? []
    entries.get('competences')?.push(
      compact({
        id: c.id,
        title: c.label,
        level: cvWord(lang, `level.${c.level}`),
        validated:
          orgs.length > 0 ? cvWord(lang, 'validatedBy', { org: [...new Set(orgs)].join(', ') }) : undefined,
        esco: c.esco && c.esco.label !== c.label ? c.esco.label : undefined,
      }),
    )
  }
  const p = sources.profile
  const lines: CvContactLine[] = []
  const wants = (f: CvContactField) => pick.contact.includes(f)
  if (p?.email && wants('email'))
    lines.push({ field: 'email', label: cvWord(lang, 'contact.email'), value: p.email })
  if (p?.phone && wants('phone'))
    lines.push({ field: 'phone', label: cvWord(lang, 'contact.phone'), value: p.phone })
  if (p?.city && wants('city'))
    lines.push({ field: 'city', label: cvWord(lang, 'contact.city'), value: p.city })
  if (p?.drivingLicence && wants('drivingLicence'))
    lines.push({
      field: 'drivingLicence',
      label: cvWord(lang, 'contact.drivingLicence'),
      value: cvWord(lang, 'drivingLicence.yes'),
    })
  const doc: CvDocument = {
    layout,
    lang,
    name: p?.displayName ?? '',
    contact: { heading: cvWord(lang, 'heading.contact'), lines, column: side('contact') },
    sections: CV_SECTIONS.filter((k) => (entries.get(k)?.length ?? 0) > 0).map((key) => ({
      key,
      heading: cvWord(lang, `heading.${key}`),
      entries: entries.get(key) ?? [],
      column: side(key),
    })),
  }
  if (p?.summary) doc.summary = { heading: cvWord(lang, 'heading.profile'), text: p.summary }
  if (p && p.languages.length > 0 && wants('languages'))
    doc.languages = {
      heading: cvWord(lang, 'heading.languages'),
      items: [...p.languages],
      column: side('languages'),
    }
  return doc
}
