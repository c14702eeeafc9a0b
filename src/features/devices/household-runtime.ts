// The person's device records kept live across their devices outside holder mode (issue 12 point 9):
// the 'household-records' runtime (operator and trainer modes, no booklet needed) binds the
// household of the private room this device is paired to — the same records sync as the holder's
// private-sync runtime — so a booklet received on the desktop is listed on the laptop at once.
// A device never paired starts nothing.
import type { RuntimeStart } from '../runtime/index.ts'
import { HouseholdSync } from './household-sync.ts'
import { ensureDeviceKeys, loadSelf } from './records.ts'

/** Starts the household binding of this device's stored link, if it has one. */
export const startHouseholdRecords: RuntimeStart = async (ctx) => {
  const stored = await loadSelf()
  if (!stored || ctx.signal.aborted) return () => {}
  const self = await ensureDeviceKeys(stored)
  if (ctx.signal.aborted) return () => {}
  const household = new HouseholdSync({ net: ctx.net })
  household.use(self)
  return () => household.stop()
}
