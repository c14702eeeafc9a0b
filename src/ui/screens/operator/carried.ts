// A text read on the receive screen and carried, in memory only, to the screen that opens it (a
// trust list file is too long for an address): the receive screen leaves it, the next screen takes
// it once. Nothing is stored; a reload forgets it.

/** What can be carried this way. */
export type CarriedKind = 'trust-list'

const carried = new Map<CarriedKind, string>()

/** Leaves `text` for the screen that opens `kind` (replacing an earlier one). */
export const carryText = (kind: CarriedKind, text: string): void => {
  carried.set(kind, text)
}

/** Takes the text left for `kind`, once. */
export const takeCarriedText = (kind: CarriedKind): string | undefined => {
  const text = carried.get(kind)
  carried.delete(kind)
  return text
}
