// CVs from the booklet (issue 13, point 1): the document model, saved selections, JSON Resume export.
export {
  buildCv,
  CV_SECTIONS,
  type CvContactLine,
  type CvDocument,
  type CvEntry,
  type CvPick,
  type CvSection,
  type CvSectionKey,
  type CvSources,
  cvPeriod,
} from './build-cv.ts'
export { JSON_RESUME_SCHEMA, toJsonResume } from './json-resume.ts'
export { cvSources, regenerateCv, saveCv, savedCvs } from './sources.ts'
export { CV_WORDS, type CvWordKey, cvWord } from './words.ts'
