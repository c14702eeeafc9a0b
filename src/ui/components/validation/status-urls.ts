// The status lists a validation depends on: its own (credentialStatus) and those of the endorsements
// its issuer carries. Read from the raw credential only to know which lists to watch: the lists are
// verified against the issuer when used (trust-state). Only lists published on this app's own relay
// are watched, so that showing a credential never makes the device call a third party.

const MAX_URLS = 16

const urlOf = (status: unknown): string | undefined => {
  if (typeof status !== 'object' || status === null) return undefined
  const url = (status as { statusListCredential?: unknown }).statusListCredential
  return typeof url === 'string' && url.length <= 2048 ? url : undefined
}

const sameOrigin = (url: string, origin: string): boolean => {
  try {
    return new URL(url).origin === origin
  } catch {
    return false
  }
}

/** The status list URLs of `credential` on `origin` (at most 16, no duplicates). */
export const statusUrlsOf = (credential: unknown, origin: string): string[] => {
  if (typeof credential !== 'object' || credential === null) return []
  const c = credential as { credentialStatus?: unknown; issuer?: unknown }
  const found: (string | undefined)[] = [urlOf(c.credentialStatus)]
  const endorsements =
    typeof c.issuer === 'object' && c.issuer !== null
      ? (c.issuer as { endorsement?: unknown }).endorsement
      : undefined
  if (Array.isArray(endorsements))
    for (const e of endorsements.slice(0, MAX_URLS))
      if (typeof e === 'object' && e !== null)
        found.push(urlOf((e as { credentialStatus?: unknown }).credentialStatus))
  return [...new Set(found.filter((u): u is string => u !== undefined && sameOrigin(u, origin)))].slice(
    0,
    MAX_URLS,
  )
}
