// The share sheet (/partager/nouveau): what to share (sections whole or item by item; situation,
// journal and job applications item by item behind a warning), with whom, snapshot or live, for how long. The form
// is checked (sheet-form.ts), then the preview shows exactly what the operator will see; only from
// the preview is the share created (handed to /partager/<id> as a draft). The preview is its own
// history entry (#apercu) and the form is a kept draft (use-draft.ts): Back, in the app or the
// browser, and a reload give the form back with everything ticked.
import { useMemo, useRef, useState } from 'preact/hooks'
import { getProfile } from '../../../booklet/index.ts'
import {
  PROFILE_SHARE_FIELDS,
  type ShareSelection,
  type ShareSelectionInput,
  WHOLE_PICKABLE_SECTIONS,
} from '../../../domain/index.ts'
import { addDraft } from '../../../features/share/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { PageHeader, SectionTitle } from '../../components/PageHeader.tsx'
import { FIELD_ERRORS, type FieldCode } from '../../crud/save.ts'
import { errorMessages } from '../../errors.ts'
import { useDocVersion } from '../../hooks/use-doc-version.ts'
import { clearDraft, useDraft } from '../../hooks/use-draft.ts'
import { navigate, useLocation } from '../../router.ts'
import { useSession } from '../../session.ts'
import { applicationItems, journalItems, pickableItems, situationItems } from './pick-items.ts'
import { PROFILE_FIELD_LABELS } from './profile-fields.ts'
import { SectionPick, toggled } from './SectionPick.tsx'
import { SensitivePick } from './SensitivePick.tsx'
import { SharePreview } from './SharePreview.tsx'
import {
  checkSheet,
  emptySheetForm,
  isSheetForm,
  type SheetErrors,
  type SheetForm,
  type WholeSection,
} from './sheet-form.ts'

const SECTIONS: readonly WholeSection[] = WHOLE_PICKABLE_SECTIONS
// What the sheet lists: re-read when a paired device changes it while the sheet is open.
const WATCHED = [...SECTIONS, 'situation', 'journal', 'applications', 'profile'] as const

/** The words of the sheet's codes: its own, then the field codes every form shares. */
const SHEET_ERRORS = errorMessages<
  FieldCode | 'nothing-picked' | 'share-days' | 'expiry-past' | 'expiry-too-far'
>(
  {
    ...FIELD_ERRORS.keys,
    'nothing-picked': 'share.error.nothing-picked',
    'share-days': 'share.error.share-days',
    'expiry-past': 'share.error.expiry-past',
    'expiry-too-far': 'share.error.expiry-too-far',
  },
  'error.invalid',
)

function Err({ id, code }: { id: string; code: string | undefined }) {
  return code ? (
    <p id={id} class="field-error">
      <Icon name="error" /> {t(SHEET_ERRORS.keyOf(code))}
    </p>
  ) : null
}

/** Key of the sheet's kept draft. */
export const SHEET_DRAFT = 'share-sheet'
const SHEET_PATH = '/partager/nouveau'
const PREVIEW_HASH = 'apercu'

/** The share sheet with its preview step. */
export function ShareSheet() {
  const { doc } = useSession()
  const [form, setForm] = useDraft<SheetForm>(
    SHEET_DRAFT,
    () => ({ ...emptySheetForm(), name: getProfile(doc)?.displayName ?? '' }),
    isSheetForm,
  )
  const [errors, setErrors] = useState<SheetErrors>({})
  const [sensitiveOpen, setSensitiveOpen] = useState(
    () => form.situation.length > 0 || form.journal.length > 0 || (form.applications?.length ?? 0) > 0,
  )
  const onPreview = useLocation().hash === PREVIEW_HASH
  const preview = useMemo((): { input: ShareSelectionInput; selection: ShareSelection } | undefined => {
    if (!onPreview) return undefined
    const r = checkSheet(form)
    return r.ok ? { input: r.input, selection: r.selection } : undefined
  }, [onPreview, form])
  const summaryRef = useRef<HTMLParagraphElement>(null)
  const version = useDocVersion(doc, WATCHED)
  const items = useMemo(
    () =>
      Object.fromEntries(SECTIONS.map((s) => [s, pickableItems(doc, s)])) as Record<
        WholeSection,
        ReturnType<typeof pickableItems>
      >,
    [doc, version],
  )
  const situation = useMemo(() => situationItems(doc), [doc, version])
  const journal = useMemo(() => journalItems(doc), [doc, version])
  const applications = useMemo(() => applicationItems(doc), [doc, version])
  const name = form.name.trim() || getProfile(doc)?.displayName
  const set = (patch: Partial<SheetForm>) => setForm((f) => ({ ...f, ...patch }))
  const days = Number(form.days.trim())
  const until =
    Number.isInteger(days) && days >= 1 && days <= 365
      ? new Date(Date.now() + days * 86_400_000).toISOString()
      : undefined

  const submit = (e: Event) => {
    e.preventDefault()
    const r = checkSheet(form)
    if (r.ok) {
      setErrors({})
      navigate(`${SHEET_PATH}#${PREVIEW_HASH}`)
      requestAnimationFrame(() => document.getElementById('main')?.focus())
      scrollTo(0, 0)
      return
    }
    setErrors(r.errors)
    requestAnimationFrame(() => summaryRef.current?.focus())
  }

  if (preview)
    return (
      <div>
        <PageHeader icon="share" title={t('share.sheet.title')} />
        <SharePreview selection={preview.selection} doc={doc} />
        <div class="row">
          <button type="button" class="btn" onClick={() => navigate(SHEET_PATH, true)}>
            {t('share.preview.back')}
          </button>
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => {
              clearDraft(SHEET_DRAFT)
              navigate(`/partager/${addDraft(preview.input)}`, true)
            }}
          >
            <Icon name="share" /> {t('share.preview.create')}
          </button>
        </div>
      </div>
    )

  const hasErrors = Object.keys(errors).length > 0
  return (
    <div>
      <PageHeader icon="share" title={t('share.sheet.title')} intro={t('share.sheet.intro')} />
      <form onSubmit={submit} noValidate>
        {hasErrors ? (
          <p class="form-error" role="alert" tabIndex={-1} ref={summaryRef}>
            {t('share.sheet.fix')}
          </p>
        ) : null}
        <div class="field">
          <label for="share-recipient">{t('share.sheet.recipient')}</label>
          <p class="hint" id="share-recipient-hint">
            {t('share.sheet.recipientHint')}
          </p>
          <input
            id="share-recipient"
            type="text"
            autocomplete="organization"
            value={form.recipient}
            aria-invalid={errors.recipient ? true : undefined}
            aria-describedby={`share-recipient-hint${errors.recipient ? ' share-recipient-error' : ''}`}
            onInput={(e) => set({ recipient: e.currentTarget.value })}
          />
          <Err id="share-recipient-error" code={errors.recipient} />
        </div>
        <div class="field">
          <label for="share-name">
            <Icon name="profile" /> {t('share.sheet.name')}
          </label>
          <p class="hint" id="share-name-hint">
            {t('share.sheet.nameHint')}
          </p>
          <input
            id="share-name"
            type="text"
            autocomplete="given-name"
            value={form.name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={`share-name-hint${errors.name ? ' share-name-error' : ''}`}
            onInput={(e) => set({ name: e.currentTarget.value })}
          />
          <Err id="share-name-error" code={errors.name} />
        </div>

        <section aria-labelledby="share-what-title">
          <SectionTitle icon="share" id="share-what-title">
            {t('share.sheet.what')}
          </SectionTitle>
          <p class="hint">{t('share.sheet.whatHelp')}</p>
          <Err id="share-sections-error" code={errors.sections} />
          <fieldset class="card share-pick">
            <legend>
              <Icon name="profile" /> {t('share.sheet.profile')}
            </legend>
            {name ? <p class="hint">{t('share.sheet.profileHelp', { name })}</p> : null}
            {PROFILE_SHARE_FIELDS.map((f) => (
              <label class="choice" key={f}>
                <input
                  type="checkbox"
                  checked={form.profile.includes(f)}
                  onChange={(e) => set({ profile: toggled(form.profile, f, e.currentTarget.checked) })}
                />
                <span>{t(PROFILE_FIELD_LABELS[f])}</span>
              </label>
            ))}
          </fieldset>
          {SECTIONS.map((s) => (
            <SectionPick
              key={s}
              section={s}
              items={items[s]}
              pick={form.sections[s]}
              live={form.mode === 'live'}
              onChange={(p) => set({ sections: { ...form.sections, [s]: p } })}
            />
          ))}
          <SensitivePick
            open={sensitiveOpen}
            onOpen={() => setSensitiveOpen(true)}
            situation={situation}
            journal={journal}
            pickedAreas={form.situation}
            pickedJournal={form.journal}
            onAreas={(situation) => set({ situation })}
            onJournal={(journal) => set({ journal })}
            applications={applications}
            pickedApplications={form.applications ?? []}
            onApplications={(applications) => set({ applications })}
          />
        </section>

        <section aria-labelledby="share-how-title">
          <SectionTitle icon="settings" id="share-how-title">
            {t('share.sheet.how')}
          </SectionTitle>
          <fieldset class="field">
            <legend>{t('share.sheet.modeLegend')}</legend>
            <div class="choices">
              {(['snapshot', 'live'] as const).map((m) => (
                <label class="choice share-mode" key={m}>
                  <input
                    type="radio"
                    name="share-mode"
                    value={m}
                    checked={form.mode === m}
                    onChange={() => set({ mode: m })}
                  />
                  <span>
                    <strong>{t(`share.sheet.${m}`)}</strong>
                    <span class="block hint">{t(`share.sheet.${m}Hint`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div class="field">
            <label class="choice" for="share-proposals">
              <input
                id="share-proposals"
                type="checkbox"
                checked={form.proposals === true}
                aria-describedby="share-proposals-hint"
                onChange={(e) => set({ proposals: e.currentTarget.checked })}
              />
              <Icon name="proposals" />
              <span>{t('share.sheet.proposals')}</span>
            </label>
            <p class="hint" id="share-proposals-hint">
              {t('share.sheet.proposalsHint')}
            </p>
          </div>
          <div class="field">
            <label for="share-days">{t('share.sheet.days')}</label>
            <p class="hint" id="share-days-hint">
              {t('share.sheet.daysHint')} {until ? t('share.sheet.until', { date: formatDate(until) }) : null}
            </p>
            <input
              id="share-days"
              type="text"
              inputMode="numeric"
              class="share-days"
              value={form.days}
              aria-invalid={errors.days ? true : undefined}
              aria-describedby={`share-days-hint${errors.days ? ' share-days-error' : ''}`}
              onInput={(e) => set({ days: e.currentTarget.value })}
            />
            <Err id="share-days-error" code={errors.days} />
          </div>
        </section>

        <button type="submit" class="btn btn-primary btn-wide">
          {t('share.sheet.preview')}
        </button>
      </form>
    </div>
  )
}
