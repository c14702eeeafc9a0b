// What the receive screen does with what it is handed (issue 12 §1: one way in for every link): one
// parser recognises it (features/receive/link-kind.ts), a short link or typed code is first unlocked
// on the relay, and every kind is routed to the screen that handles it — a share is received here and
// opens in "Livrets reçus", a proposal invitation opens "Proposer au plan", a validation request
// "Valider", a pairing link "Relier cet appareil", an endorsement (long or short) the trainer's home,
// an organisation's card or a trust list "Organisations de confiance" — with one plain sentence,
// shown as the screen changes, saying what it was and where the person is going. Only a trainer's
// card, which opens on the organisation's own screen, is named here with its way there.
import { useState } from 'preact/hooks'
import {
  type OpenableLink,
  parseLivretLink,
  type ReceiveCode,
  receiveFile,
  receiveLink,
  resolveLivretLink,
} from '../../../features/receive/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { showToast } from '../../components/Toast.tsx'
import { navigate } from '../../router.ts'
import { carryText } from './carried.ts'
import { type OtherKind, recogniseOther, recogniseOtherFile } from './other-kinds.ts'
import { linkError, receiveError } from './receive-errors.ts'

/** Which part of the screen a text or file came from (its error shows there). */
export type Part = 'scan' | 'paste' | 'code' | 'file'

/** The sentence said when leaving for the screen of each kind. */
const GOING = {
  share: ['links.going.share', 'nav.received'],
  proposal: ['links.going.proposal', 'nav.propose'],
  'validation-request': ['links.going.validation', 'nav.validate'],
  pairing: ['links.going.pairing', 'nav.pair'],
  endorsement: ['links.going.endorsement', 'nav.trainer'],
  organisation: ['links.going.organisation', 'trust.orgs.title'],
  'trust-list': ['links.going.trustList', 'trust.orgs.title'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>

/** Leaves for `route`, saying what was read and where the person is going. */
const go = (kind: keyof typeof GOING, route: string, replace = false): void => {
  const [sentence, screen] = GOING[kind]
  showToast(t(sentence, { screen: t(screen) }))
  navigate(route, replace)
}

/** A link to another server is followed only over https (its relay then holds the share); plain
 * http only to this app's own server. */
const acceptableOrigin = (text: string): boolean => {
  try {
    const url = new URL(text)
    return url.origin === location.origin || url.protocol === 'https:'
  } catch {
    return true // a bare fragment: receiveLink says it is incomplete
  }
}

/** The receive screen's state and actions. */
export function useReceiveRouting() {
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ part: Part; message: string }>()
  const [other, setOther] = useState<OtherKind>()
  /** The key read from a share file's QR code (the file is then chosen). */
  const [fileKey, setFileKey] = useState<string>()

  const fail = (part: Part, message: string) => {
    setBusy(false)
    setOutcome({ part, message })
  }
  const received = (part: Part, r: { ok: true; value: string } | { ok: false; code: ReceiveCode }) => {
    setBusy(false)
    if (r.ok) go('share', `/recus/${r.value}`)
    else setOutcome({ part, message: receiveError(r.code) })
  }
  const fromShortCode = (part: Part) => part === 'scan' && location.pathname === '/h'

  /** Opens a recognised link: a share is received here, every other kind opens its own screen. */
  const openResolved = async (part: Part, link: OpenableLink) => {
    setBusy(false)
    switch (link.kind) {
      case 'share-file-key':
        setFileKey(link.key)
        return
      case 'share':
        if (!acceptableOrigin(link.link)) return fail(part, receiveError('link-malformed'))
        setBusy(true)
        void import('./received-screen.tsx')
        return received(part, await receiveLink(link.link))
      case 'registered':
        if (link.name === 'endorsement') return go('endorsement', link.route, fromShortCode(part))
        return navigate(link.route, fromShortCode(part))
      default:
        return go(link.kind, link.route, fromShortCode(part))
    }
  }

  /** What is none of the links: an organisation's card, a pasted trust list, a trainer's card. */
  const openOther = async (part: Part, text: string, code: 'link-unknown' | 'link-damaged') => {
    const recognised = await recogniseOther(text)
    if (!recognised) return fail(part, linkError(code))
    if (recognised.kind === 'trainer-card') return setOther(recognised)
    if (recognised.kind === 'trust-list') carryText('trust-list', text)
    go(recognised.kind, recognised.route)
  }

  /** Recognises what was scanned, pasted or typed, unlocks a short code on the relay, and opens it. */
  const openText = async (part: Part, text: string) => {
    setOutcome(undefined)
    setOther(undefined)
    const first = parseLivretLink(text)
    if (!first.ok) return openOther(part, text, first.code)
    setBusy(true)
    const r = await resolveLivretLink(text, location.origin)
    if (!r.ok) return fail(part, linkError(r.code))
    await openResolved(part, r.value)
  }

  /** Opens a chosen file: a trust list opens on its screen, a share file here with its key. */
  const openFile = async (chosen: File | undefined, key: string) => {
    setOutcome(undefined)
    setOther(undefined)
    if (!chosen) return fail('file', t('operator.file.missing'))
    if (await openTrustList(chosen)) return
    setBusy(true)
    received('file', await receiveFile(new Uint8Array(await chosen.arrayBuffer()), key))
  }

  /** A trust list file is routed as soon as it is chosen (it needs no key); true when it was one. */
  const openTrustList = async (chosen: File | undefined): Promise<boolean> => {
    const list = chosen ? await recogniseOtherFile(chosen) : undefined
    if (!chosen || !list) return false
    carryText('trust-list', await chosen.text())
    go('trust-list', list.route)
    return true
  }

  return { busy, outcome, other, fileKey, setFileKey, openText, openFile, openTrustList }
}
