// /recevoir (and /h, the page a short QR code opens): the one way in for every Livret link (issue 12
// §1). Scan a QR code or read a photo of one, paste a link, type a 15-digit code, or open a share
// file with its key (works with no network at all). What is read is routed to the screen that
// handles it, with a sentence saying where (receive-route.ts); the manual parts are receive-forms.tsx.
import { useEffect } from 'preact/hooks'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import type { OtherKind } from './other-kinds.ts'
import { PartError } from './PartError.tsx'
import { ProofSection } from './ProofSection.tsx'
import { QrScanner } from './QrScanner.tsx'
import { FileForm, TextForm } from './receive-forms.tsx'
import { type Part, useReceiveRouting } from './receive-route.ts'
import './operator.css'
import { LinkButton } from '../../components/LinkButton.tsx'

const OTHER_WORDS = {
  organisation: ['links.receive.card', 'links.receive.cardHint'],
  'trainer-card': ['links.receive.trainerCard', 'links.receive.trainerCardHint'],
  endorsement: ['links.receive.endorsement', 'links.receive.endorsementHint'],
  'trust-list': ['links.receive.trustList', 'links.receive.trustListHint'],
} as const satisfies Record<OtherKind['kind'], readonly [MessageKey, MessageKey]>

/** What was recognised but opens on another person's screen: its name, what to do, the way there. */
function OtherNotice({ other }: { other: OtherKind }) {
  const [title, hint] = OTHER_WORDS[other.kind]
  return (
    <div class="card op-other" role="status">
      <p>
        <Icon name="validated" /> <strong>{t(title)}</strong>
      </p>
      <p>{t(hint)}</p>
      <LinkButton href={other.route} primary>
        {t('links.receive.go')}
      </LinkButton>
    </div>
  )
}

/** The receive screen. */
export default function ReceiveScreen(_props: { id?: string }) {
  const r = useReceiveRouting()
  const error = (part: Part) => (r.outcome?.part === part ? r.outcome.message : undefined)
  // A short QR code read by the phone's own camera opens /h#<id>.<key>: unlock it at once.
  useEffect(() => {
    if (location.pathname !== '/h' || !location.hash) return
    const text = location.href
    history.replaceState(null, '', '/h')
    void r.openText('scan', text)
  }, [])

  return (
    <div class="op-receive-screen">
      <PageHeader icon="scan" title={t('nav.receive')} intro={t('links.receive.intro')} />
      {r.busy ? (
        <p class="op-live" role="status">
          {t('operator.opening')}
        </p>
      ) : null}
      {r.other ? <OtherNotice other={r.other} /> : null}
      <CardSection id="op-scan" icon="scan" title={t('operator.scan.title')}>
        <p class="hint">{t('operator.scan.hint')}</p>
        <QrScanner onText={(text) => void r.openText('scan', text)} />
        <PartError message={error('scan')} />
      </CardSection>
      {(['paste', 'code'] as const).map((way) => (
        <TextForm
          key={way}
          way={way}
          busy={r.busy}
          error={error(way)}
          onOpen={(text) => void r.openText(way, text)}
        />
      ))}
      <FileForm
        busy={r.busy}
        error={error('file')}
        keyFromCode={r.fileKey}
        onChoose={(file) => void r.openTrustList(file)}
        onOpen={(file, key) => void r.openFile(file, key)}
      />
      <ProofSection />
    </div>
  )
}
