// Handing a share over (/partager/<id>): a draft from the sheet is created on the relay first
// (progress shown; if the relay cannot be reached, a plain message, Retry, and the offline file),
// then the large QR code, the link with Copy and Share, and what the share holds.
import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { ShareSelectionInput } from '../../../domain/index.ts'
import type { ShareRecord } from '../../../features/share/index.ts'
import {
  type CreateOutcome,
  createFromDraft,
  endedAt,
  getDraft,
  loadShare,
} from '../../../features/share/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { HandoverQr } from '../../components/HandoverQr.tsx'
import { LinkButton, LinkRow } from '../../components/LinkButton.tsx'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import { useSession } from '../../session.ts'
import { ContentsList } from './ContentsList.tsx'
import { LinkActions } from './LinkActions.tsx'
import { OfflineFile } from './OfflineFile.tsx'

type State =
  | { step: 'loading' }
  | { step: 'creating' }
  | { step: 'ready'; record: ShareRecord }
  | { step: 'failed'; code: keyof typeof FAILURES; input: ShareSelectionInput }
  | { step: 'missing' }

const FAILURES = {
  'share-unreachable': 'share.handover.unreachable',
  'share-refused': 'share.handover.refused',
  invalid: 'share.handover.invalid',
} as const

/** The handover page around what a step shows; `intro` while the share can still be handed over. */
function Page({ intro, children }: { intro?: string; children: ComponentChildren }) {
  return (
    <div>
      <PageHeader icon="share" title={t('share.handover.title')} {...(intro ? { intro } : {})} />
      {children}
    </div>
  )
}

/** The handover screen of share `id`. */
export function Handover({ id }: { id: string }) {
  const { doc } = useSession()
  const [state, setState] = useState<State>({ step: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    const run = async () => {
      const stored = await loadShare(id)
      if (!live) return
      if (stored) return setState({ step: 'ready', record: stored })
      const input = getDraft(id)
      if (!input) return setState({ step: 'missing' })
      if (navigator.onLine === false) return setState({ step: 'failed', code: 'share-unreachable', input })
      setState({ step: 'creating' })
      const r = await createFromDraft(id, doc).catch((e): CreateOutcome => {
        console.error(e)
        return { ok: false, code: 'share-refused' }
      })
      if (!live) return
      if (r.ok) setState({ step: 'ready', record: r.record })
      else if (r.code === 'missing') setState({ step: 'missing' })
      else setState({ step: 'failed', code: r.code, input })
    }
    void run()
    return () => {
      live = false
    }
  }, [id, doc, attempt])

  if (state.step === 'loading') return <p class="muted">{t('app.loading')}</p>
  if (state.step === 'creating')
    return (
      <Page>
        <div role="status" class="card">
          <p>{t('share.handover.creating')}</p>
          <progress aria-label={t('share.handover.progress')} />
        </div>
      </Page>
    )
  if (state.step === 'missing')
    return (
      <Page>
        <p role="alert">{t('share.handover.missing')}</p>
        <LinkRow
          links={[
            { href: '/partager/nouveau', label: t('share.handover.newShare'), primary: true },
            { href: '/partager', label: t('share.handover.backToList') },
          ]}
        />
      </Page>
    )
  if (state.step === 'failed')
    return (
      <Page>
        <p class="form-error" role="alert">
          {t(FAILURES[state.code])}
        </p>
        <p class="row">
          {state.code === 'invalid' ? (
            <LinkButton href="/partager/nouveau" primary>
              {t('share.handover.newShare')}
            </LinkButton>
          ) : (
            <button type="button" class="btn btn-primary" onClick={() => setAttempt((n) => n + 1)}>
              {t('share.handover.retry')}
            </button>
          )}
        </p>
        {state.code === 'invalid' ? null : <OfflineFile input={state.input} />}
      </Page>
    )

  const { record } = state
  const ended = endedAt(record)
  return (
    <Page {...(ended ? {} : { intro: t('share.handover.intro', { recipient: record.recipient }) })}>
      {ended || !record.link ? (
        <p role="alert">{t('share.handover.ended')}</p>
      ) : (
        <>
          <div class="share-qr">
            <HandoverQr
              link={record.link}
              what={t('share.handover.qr', { recipient: record.recipient })}
              size={400}
            />
          </div>
          <LinkActions link={record.link} recipient={record.recipient} />
        </>
      )}
      <CardSection
        id="share-handover-what"
        icon="share"
        title={t('share.card.nameFor', { recipient: record.recipient })}
      >
        <p>
          {t(`share.mode.${record.mode}`)} · {t('share.card.expires', { date: formatDate(record.expiresAt) })}
        </p>
        <ContentsList selection={record.selection} />
      </CardSection>
      <p>
        <LinkButton href="/partager">{t('share.handover.backToList')}</LinkButton>
      </p>
    </Page>
  )
}
