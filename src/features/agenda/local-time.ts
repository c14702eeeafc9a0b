// Calendar days and wall-clock times in a named time zone (Intl, no library): the agenda groups by
// the person's local day, and the .ics writer needs the local time of "now" nowhere but UTC.

/** The local calendar day 'YYYY-MM-DD' of an instant in a time zone. */
export const localDay = (instant: Date, timeZone: string): string => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** The day `n` days after an ISO day (n may be negative). */
export const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** Day of the week of an ISO day, Monday = 1 … Sunday = 7. */
export const isoWeekday = (day: string): number => {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay()
  return w === 0 ? 7 : w
}
