// What the holder is told about one inbox after reading it: how many validations were kept, and what
// was left out and why, in three plain groups. A credential that does not verify is named by the
// competence it claims (looked up in the booklet, never taken from the untrusted text), so the holder
// sees which validation is NOT verifiable; nothing of it enters the booklet.
import type * as Y from 'yjs'
import { getItem } from '../../booklet/index.ts'
import { inboxMessages } from '../../protocol/index.ts'
import type { ReceiveRejectCode, ReceiveReport } from './verify.ts'

/** A summary of one reading of an inbox. */
export type InboxSummary = {
  /** Verified credentials of this inbox now in the booklet. */
  kept: number
  /** Messages that are not well-formed Livret messages (garbage, wrong version…). */
  unreadable: number
  /** Credentials whose proof does not hold (or that clash with a stored one): the competence ids
   * they claim, '' when the competence is not one of the booklet's. */
  notVerifiable: string[]
  /** Verified credentials about someone else or a competence no longer in the booklet. */
  ignored: number
}

const UNREADABLE: ReadonlySet<ReceiveRejectCode> = new Set([
  'not-text',
  'too-large',
  'not-json',
  'unknown-type',
  'unsupported-version',
  'invalid-message',
])

// The competence a credential claims, if it is one of the booklet's (achievement id urn:uuid:<id>).
const claimedCompetence = (booklet: Y.Doc, inbox: Y.Doc, index: number): string => {
  try {
    const raw = inboxMessages(inbox).get(index)
    const message = JSON.parse(typeof raw === 'string' ? raw : 'null') as {
      credential?: { credentialSubject?: { achievement?: { id?: unknown } } }
    }
    const id = message?.credential?.credentialSubject?.achievement?.id
    const m = typeof id === 'string' ? /^urn:uuid:(.+)$/.exec(id) : null
    return m?.[1] && getItem(booklet, 'competences', m[1]) ? m[1] : ''
  } catch {
    return ''
  }
}

/** Sorts a receive report into what the holder is told; duplicates and read-only are not reported. */
export const summarizeInbox = (report: ReceiveReport, booklet: Y.Doc, inbox: Y.Doc): InboxSummary => {
  const summary: InboxSummary = {
    kept: report.added.length + report.already,
    unreadable: 0,
    notVerifiable: [],
    ignored: 0,
  }
  for (const { index, code } of report.rejected) {
    if (UNREADABLE.has(code)) summary.unreadable++
    else if (code.startsWith('credential-') || code === 'conflict')
      summary.notVerifiable.push(claimedCompetence(booklet, inbox, index))
    else if (code === 'not-holder' || code === 'unknown-competence') summary.ignored++
  }
  return summary
}
