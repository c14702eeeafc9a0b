// Fields every stored item carries, and the start/end rule shared by dated entities.
import { TimestampSchema } from './primitives.ts'

/** `createdAt` and `updatedAt` entries, spread into each entity schema. Not compared with each other:
 * two devices' clocks may disagree. */
export const timestamps = { createdAt: TimestampSchema, updatedAt: TimestampSchema } as const

/** True unless both days are present and the end is before the start (ISO days compare as strings). */
export const endNotBeforeStart = (o: {
  startDate?: string | undefined
  endDate?: string | undefined
}): boolean => o.startDate === undefined || o.endDate === undefined || o.endDate >= o.startDate
