// The share sheet (/partager/nouveau): what to share (sections whole or item by item; situation,
// journal and job applications item by item behind a warning), with whom, snapshot or live, for how long. The form
// is checked (sheet-form.ts), then the preview shows exactly what the operator will see; only from
// the preview is the share created (handed to /partager/<id> as a draft). The preview is its own
// history entry (#apercu) and the form is a kept draft (use-draft.ts): Back, in the app or the
// browser, and a reload give the form back with everything ticked.
import { useMemo, useState } from 'preact/hooks'
import { getProfile } from '../../../booklet/index.ts'
import {
  PROFILE_SHARE_FIELDS,
  type ShareSelection,
  type ShareSelectionInput,
  WHOLE_PICKABLE_SECTIONS,
} from '../../../domain/index.ts'
import { addDraft } from '../../../features/share/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import { CheckGroup } from '../../crud/choices.tsx'
import { FieldError } from '../../crud/FieldError.tsx'
import type { FieldErrors } from '../../crud/field-types.ts'
import { FormErrorSummary, useFormErrors } from '../../crud/form-parts.tsx'
import { FIELD_ERRORS, type FieldCode } from '../../crud/save.ts'
import { TextField } from '../../crud/TextField.tsx'
import { errorMessages } from '../../errors.ts'
import { useDocVersion } from '../../hooks/use-doc-version.ts'
import { clearDraft, useDraft } from '../../hooks/use-draft.ts'
import { navigate, useLocation } from '../../router.ts'
import { useSession } from '../../session.ts'
import { applicationItems, journalItems, pickableItems, situationItems } from './pick-items.ts'
import { PROFILE_FIELD_LABELS } from './profile-fields.ts'
import { SectionPick } from './SectionPick.tsx'
import { SensitivePick } from './SensitivePick.tsx'
import { SharePreview } from './SharePreview.tsx'
import { SheetHow } from './SheetHow.tsx'
import { checkSheet, emptySheetForm, isSheetForm, type SheetForm, type WholeSection } from './sheet-form.ts'

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
  const { errors, setErrors, show, ref } = useFormErrors()
  const [sensitiveOpen, setSensitiveOpen] = useState(
    () => form.situation.length > 0 || form.journal.length > 0 || (form.applications?.length ?? 0) > 0,
  )
  const onPreview = useLocation().hash === PREVIEW_HASH
  const preview = useMemo((): { input: ShareSelectionInput; selection: ShareSelection } | undefined => {
    if (!onPreview) return undefined
    const r = checkSheet(form)
    return r.ok ? { input: r.input, selection: r.selection } : undefined
  }, [onPreview, form])
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
    // Each field's code in words; the summary at the top says the share is not ready.
    const next: FieldErrors = { '': 'share.sheet.fix' }
    for (const [field, code] of Object.entries(r.errors)) next[field] = SHEET_ERRORS.keyOf(code)
    show(next)
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

  return (
    <div>
      <PageHeader icon="share" title={t('share.sheet.title')} intro={t('share.sheet.intro')} />
      <form ref={ref} onSubmit={submit} noValidate>
        <FormErrorSummary errors={errors} />
        <TextField
          id="share-recipient"
          label={t('share.sheet.recipient')}
          hint={t('share.sheet.recipientHint')}
          autocomplete="organization"
          value={form.recipient}
          error={errors.recipient}
          onValue={(recipient) => set({ recipient })}
        />
        <TextField
          id="share-name"
          label={
            <>
              <Icon name="profile" /> {t('share.sheet.name')}
            </>
          }
          hint={t('share.sheet.nameHint')}
          autocomplete="given-name"
          value={form.name}
          error={errors.name}
          onValue={(name) => set({ name })}
        />

        <CardSection bare id="share-what-title" icon="share" title={t('share.sheet.what')}>
          <p class="hint">{t('share.sheet.whatHelp')}</p>
          <FieldError id="share-sections-error" error={errors.sections} />
          <CheckGroup
            class="card share-pick"
            icon="profile"
            legend={t('share.sheet.profile')}
            hint={name ? t('share.sheet.profileHelp', { name }) : undefined}
            layout="bare"
            items={PROFILE_SHARE_FIELDS.map((f) => ({ value: f, label: t(PROFILE_FIELD_LABELS[f]) }))}
            picked={form.profile}
            onPick={(profile) => set({ profile })}
          />
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
        </CardSection>

        <SheetHow form={form} set={set} daysError={errors.days} />

        <button type="submit" class="btn btn-primary btn-wide">
          {t('share.sheet.preview')}
        </button>
      </form>
    </div>
  )
}
