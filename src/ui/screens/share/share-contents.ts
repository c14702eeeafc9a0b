// What a share contains, section by section, as the list and the handover screen say it: a whole
// section ("all", new items follow in a live share) or a number of picked items. Pure.
import {
  PICK_SECTIONS,
  type PickSection,
  SENSITIVE_SECTIONS,
  type ShareSelection,
} from '../../../domain/index.ts'

/** One line of "what this share contains". */
export type ContentLine =
  | { section: PickSection; all: true }
  | { section: PickSection; all: false; count: number; ids: readonly string[] }

/** The sections a selection picks, in the sheet's order, each whole or with its item count. */
export function shareContents(selection: Pick<ShareSelection, 'sections'>): ContentLine[] {
  const lines: ContentLine[] = []
  for (const section of PICK_SECTIONS) {
    const p = selection.sections[section]
    if (p === undefined) continue
    if ('all' in p && p.all === true) lines.push({ section, all: true })
    else if ('ids' in p && p.ids.length > 0) {
      const ids = [...new Set(p.ids as readonly string[])]
      lines.push({ section, all: false, count: ids.length, ids })
    }
  }
  return lines
}

/** True for the sections shared only item by item (situation, journal, job applications). */
export const isSensitiveSection = (section: PickSection): boolean =>
  (SENSITIVE_SECTIONS as readonly string[]).includes(section)

/** True when the selection picks anything from the sensitive sections (situation, journal, applications). */
export const sharesSensitive = (selection: Pick<ShareSelection, 'sections'>): boolean =>
  shareContents(selection).some((l) => isSensitiveSection(l.section))
