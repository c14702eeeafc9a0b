// /validations (holder): ask a trainer for a validation (pick competences, name the trainer, hand over
// a QR code and link), follow the requests (close one), and see the validations received, verified or
// not, with hide and download, and give proof of some of them (file or QR code). The validation-inboxes runtime (features/validations/runtime.ts) does the reading.
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import type { Validation } from '../../../domain/index.ts'
import {
  createValidationRequest,
  listRequests,
  liveStore,
  type RequestRecord,
  recordOf,
  recordsVersion,
  saveRequest,
  validationRuntimeStore,
} from '../../../features/validations/index.ts'
import { plural, t } from '../../../i18n/index.ts'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'
import { useValidations, ValidationOfCompetence } from '../../components/validation/HolderValidations.tsx'
import { byCreatedDesc, useSection } from '../../hooks/use-section.ts'
import { useSession } from '../../session.ts'
import { useStore } from '../../store.ts'
import { AskForm, type AskInput } from './ask-form.tsx'
import { Handover } from './handover.tsx'
import { ProofPanel } from './proof-panel.tsx'
import { RequestList } from './request-list.tsx'
import './validations.css'

function Received({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  const list = useValidations(doc)
  const { items: competences } = useSection(doc, 'competences', byCreatedDesc)
  const byId = new Map(competences.map((c) => [c.id as string, c]))
  const card = (v: Validation) => (
    <ValidationOfCompetence
      key={v.id}
      doc={doc}
      validation={v}
      competence={byId.get(v.competenceId)}
      readOnly={readOnly}
    />
  )
  const shown = list.filter((v) => v.hidden !== true)
  const hidden = list.filter((v) => v.hidden === true)
  const groups = competences
    .map((c) => ({ competence: c, items: shown.filter((v) => v.competenceId === c.id) }))
    .filter((g) => g.items.length > 0)
  // Validations whose competence was deleted stay in the booklet: shown apart.
  const orphans = shown.filter((v) => !byId.has(v.competenceId))
  const choices = groups.flatMap((g) =>
    g.items.map((validation) => ({ validation, competence: g.competence.label })),
  )
  return (
    <CardSection bare id="received-title" icon="validated" title={t('validations.receivedTitle')}>
      {shown.length === 0 ? <p class="muted">{t('validations.noneReceived')}</p> : null}
      {shown.length > 0 ? <p class="hint">{t('validations.fingerprintHelp')}</p> : null}
      {groups.map((g) => (
        <div key={g.competence.id} class="validation-group">
          <h3>
            <a href={`/competences/${g.competence.id}`}>{g.competence.label}</a>
          </h3>
          {g.items.map(card)}
        </div>
      ))}
      {orphans.length > 0 ? (
        <div class="validation-group">
          <h3>{t('validations.deletedCompetence')}</h3>
          {orphans.map(card)}
        </div>
      ) : null}
      {hidden.length > 0 ? (
        <details class="card">
          <summary>{plural('validations.hiddenTitle', hidden.length)}</summary>
          {hidden.map(card)}
        </details>
      ) : null}
      {choices.length > 0 ? <ProofPanel choices={choices} readOnly={readOnly} /> : null}
    </CardSection>
  )
}

/** The holder's validations screen. */
export default function ValidationsScreen(_props: { id?: string }) {
  const { doc, readOnly } = useSession()
  // Started by the app's runtime registry (holder mode, booklet writable); undefined until then.
  const running = useStore(validationRuntimeStore)
  const runtime = running?.booklet === doc ? running : undefined
  const [list, setList] = useState<{ requests: RequestRecord[]; damaged: number }>({
    requests: [],
    damaged: 0,
  })
  const [handover, setHandover] = useState<{ record: RequestRecord; trying: boolean } | undefined>()
  const version = useStore(recordsVersion)
  const live = useStore(liveStore)

  useEffect(() => {
    if (readOnly) return
    void runtime?.refresh()
  }, [runtime, readOnly])

  useEffect(() => {
    let current = true
    void listRequests().then((l) => current && setList(l))
    return () => {
      current = false
    }
  }, [version])

  const shownRecord = handover && (list.requests.find((r) => r.id === handover.record.id) ?? handover.record)

  const ask = async (input: AskInput): Promise<boolean> => {
    if (!runtime) return false
    const trainer = input.organisation ? `${input.trainer} (${input.organisation})` : input.trainer
    const r = createValidationRequest(doc, input.competenceIds, trainer, { relayOrigin: location.origin })
    if (!r.ok) return false
    const record = recordOf(
      r.value,
      { name: input.trainer, organisation: input.organisation },
      input.competenceIds,
    )
    try {
      await saveRequest(record)
    } catch (e) {
      console.error(e)
      return false
    }
    setHandover({ record, trying: true })
    void runtime
      .add(record, r.value.shareDoc)
      .then(() => setHandover((h) => (h?.record.id === record.id ? { ...h, trying: false } : h)))
    return true
  }

  const close = async (r: RequestRecord) => {
    if (handover?.record.id === r.id) setHandover(undefined)
    await runtime?.close(r.id)
    showToast(t('validations.closed'), undefined, 4000)
    document.getElementById('requests-title')?.focus()
  }

  return (
    <div>
      <PageHeader icon="validated" title={t('nav.validations')} intro={t('validations.intro')} />
      {readOnly ? <p class="card">{t('app.readOnlyNewer')}</p> : null}
      {shownRecord ? (
        <Handover
          record={shownRecord}
          send={shownRecord.pushed ? 'sent' : handover?.trying ? 'sending' : 'not-sent'}
          onDone={() => {
            setHandover(undefined)
            setTimeout(() => document.getElementById('requests-title')?.focus(), 0)
          }}
        />
      ) : readOnly ? null : (
        <AskForm doc={doc} onAsk={ask} />
      )}
      <RequestList
        doc={doc}
        requests={list.requests}
        damaged={list.damaged}
        live={live}
        onShow={(record) => {
          setHandover({ record, trying: false })
          void runtime?.refresh()
        }}
        onClose={(record) => void close(record)}
      />
      <Received doc={doc} readOnly={readOnly} />
    </div>
  )
}
