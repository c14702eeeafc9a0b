// Order of path stages shared by the home timeline and the path screen (kept out of the lazy screen).
import type { PathStage } from '../domain/index.ts'

/** Oldest stage first, as on a timeline. */
export const byStartAsc = (a: PathStage, b: PathStage): number =>
  a.startDate.localeCompare(b.startDate) || a.createdAt.localeCompare(b.createdAt)
