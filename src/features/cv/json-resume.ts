// Export of a CV as JSON Resume (schema v1.0.0, https://jsonresume.org/schema): chosen over Europass
// because its schema is published as a maintained npm package (@jsonresume/schema, checked in tests
// with ajv) and read by many tools, while Europass's XML/JSON format is tied to the EU portal's own
// API and versions. Only what the CV shows is exported: the same picked items, the person's words.
// Competences go to `skills` (ESCO label as a keyword), training to `education`, volunteering to
// `volunteer`, jobs and other experiences to `work`, projects to `projects`.
import type { CvDocument, CvEntry } from './build-cv.ts'

/** The schema this export follows. */
export const JSON_RESUME_SCHEMA =
  'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json'

// ISO days only (the schema's iso8601 pattern); the display period is not exported.
const datesOf = (e: CvEntry): { startDate?: string; endDate?: string } => ({
  ...(e.startDate ? { startDate: e.startDate } : {}),
  ...(e.endDate ? { endDate: e.endDate } : {}),
})

/** A JSON Resume object of a CV document. */
export const toJsonResume = (cv: CvDocument) => {
  const section = (key: string) => cv.sections.find((s) => s.key === key)?.entries ?? []
  const contact = (field: string) => cv.contact.lines.find((l) => l.field === field)?.value
  const basics: Record<string, unknown> = { name: cv.name }
  const email = contact('email')
  const phone = contact('phone')
  const city = contact('city')
  if (email) basics.email = email
  if (phone) basics.phone = phone
  if (city) basics.location = { city }
  if (cv.summary) basics.summary = cv.summary.text
  const work = [...section('experience'), ...section('other')].map((e) => ({
    name: e.organisation ?? '',
    position: e.title,
    ...(e.description ? { summary: e.description } : {}),
    ...(e.place ? { location: e.place } : {}),
    ...datesOf(e),
  }))
  const volunteer = section('volunteering').map((e) => ({
    organization: e.organisation ?? '',
    position: e.title,
    ...(e.description ? { summary: e.description } : {}),
    ...datesOf(e),
  }))
  const education = section('training').map((e) => ({
    institution: e.organisation ?? '',
    area: e.title,
    ...datesOf(e),
  }))
  const skills = section('competences').map((e) => ({
    name: e.title,
    ...(e.level ? { level: e.level } : {}),
    keywords: [e.esco, e.validated].filter((k): k is string => k !== undefined),
  }))
  const projects = section('projects').map((e) => ({
    name: e.title,
    ...(e.description ? { description: e.description } : {}),
    ...(e.esco ? { keywords: [e.esco] } : {}),
  }))
  const languages = (cv.languages?.items ?? []).map((language) => ({ language }))
  return {
    $schema: JSON_RESUME_SCHEMA,
    basics,
    work,
    volunteer,
    education,
    skills,
    projects,
    languages,
    meta: { version: 'v1.0.0' },
  }
}
