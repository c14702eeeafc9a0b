// The holder's situation across the seven barrier areas ("freins"). Sensitive: private by default.
// Items carry no `shared` flag: what leaves the device is decided by share projections, item by item.
import * as v from 'valibot'
import { SITUATION_AREAS, SITUATION_STATUSES } from './enums.ts'
import { LIMITS, TimestampSchema, text } from './primitives.ts'

/** Schema of one area's status and note; `updatedAt` is absent for an area never filled in. */
export const SituationItemSchema = v.object({
  area: v.picklist(SITUATION_AREAS, 'invalid-area'),
  status: v.picklist(SITUATION_STATUSES, 'invalid-status'),
  note: text(LIMITS.notes),
  updatedAt: v.optional(TimestampSchema),
})
/** One situation area. */
export type SituationItem = v.InferOutput<typeof SituationItemSchema>

/** Marker for projections: situation items are excluded from shares unless picked one by one. */
export const SITUATION_IS_PRIVATE = true as const

/** The item shown for an area nobody filled in yet. */
export const emptySituationItem = (area: SituationItem['area']): SituationItem => ({
  area,
  status: 'unknown',
  note: '',
})
