// "Moi": the holder's profile (name, town, languages, licence, a few words, contact details), one
// form saved with putProfile, errors beside the fields as in the item forms. Contact details are
// private: a note says they are never shared unless the person picks them.
import { useEffect, useState } from 'preact/hooks'
import { observeSection, putProfile, readProfile } from '../../booklet/index.ts'
import { nowIso, type Profile } from '../../domain/index.ts'
import { t } from '../../i18n/index.ts'
import { Icon } from '../components/Icon.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { showToast } from '../components/Toast.tsx'
import type { FieldDef, Values } from '../crud/field-types.ts'
import { Fields } from '../crud/fields.tsx'
import { FormErrorSummary, useFormErrors } from '../crud/form-parts.tsx'
import { saveWith } from '../crud/save.ts'
import { useSession } from '../session.ts'

const ABOUT: readonly FieldDef[] = [
  {
    kind: 'text',
    name: 'displayName',
    label: 'profile.displayName',
    hint: 'profile.displayNameHint',
    required: true,
  },
  { kind: 'text', name: 'city', label: 'profile.city', hint: 'profile.cityHint' },
  { kind: 'text', name: 'languages', label: 'profile.languages', hint: 'profile.languagesHint' },
  {
    kind: 'select',
    name: 'drivingLicence',
    label: 'profile.licence',
    none: 'profile.licenceUnset',
    options: [
      { value: 'yes', label: 'profile.licenceYes' },
      { value: 'no', label: 'profile.licenceNo' },
    ],
  },
  { kind: 'textarea', name: 'summary', label: 'profile.summary', hint: 'profile.summaryHint' },
]

const CONTACT: readonly FieldDef[] = [
  { kind: 'email', name: 'email', label: 'profile.email' },
  { kind: 'tel', name: 'phone', label: 'profile.phone' },
  { kind: 'date', name: 'birthDate', label: 'profile.birthDate', hint: 'profile.birthDateHint' },
]

/** The form's values from a stored profile (languages as one comma-separated line). */
export function profileValues(p: Profile | undefined): Values {
  if (!p) return { displayName: '', languages: '' }
  const licence = p.drivingLicence === undefined ? undefined : p.drivingLicence ? 'yes' : 'no'
  return { ...p, languages: p.languages.join(', '), drivingLicence: licence }
}

const opt = (x: unknown): string | undefined => {
  const s = typeof x === 'string' ? x.trim() : ''
  return s === '' ? undefined : s
}

/** The profile to store from the form's values (empty optional fields left out). */
export function profileInput(values: Values, prev: Profile | undefined) {
  const now = nowIso()
  const languages = typeof values.languages === 'string' ? values.languages.split(/[,;\n]/) : []
  const licence = values.drivingLicence
  return {
    displayName: typeof values.displayName === 'string' ? values.displayName : '',
    birthDate: opt(values.birthDate),
    email: opt(values.email),
    phone: opt(values.phone),
    city: opt(values.city),
    languages: languages.map((l) => l.trim()).filter((l) => l !== ''),
    drivingLicence: licence === 'yes' ? true : licence === 'no' ? false : undefined,
    summary: opt(values.summary),
    createdAt: prev?.createdAt ?? now,
    updatedAt: now,
  }
}

/** The profile screen. */
export default function ProfileScreen() {
  const { doc, readOnly } = useSession()
  const [stored, setStored] = useState(() => readProfile(doc))
  useEffect(() => observeSection(doc, 'profile', () => setStored(readProfile(doc))), [doc])
  const prev = stored.ok ? stored.value : undefined
  const [values, setValues] = useState<Values>(() => profileValues(prev))
  const { errors, setErrors, show, ref } = useFormErrors()
  const set = (patch: Values) => {
    setValues({ ...values, ...patch })
    const cleared = { ...errors }
    for (const k of Object.keys(patch)) delete cleared[k]
    delete cleared['']
    setErrors(cleared)
  }
  const submit = (e: Event) => {
    e.preventDefault()
    const r = saveWith(() => putProfile(doc, profileInput(values, prev)))
    if (r.ok) {
      setErrors({})
      showToast(t('common.saved'), undefined, 3000)
      return
    }
    show(r.errors)
  }
  const fields = (defs: readonly FieldDef[]) => (
    <Fields defs={defs} values={values} set={set} errors={errors} doc={doc} idPrefix="profile" />
  )
  return (
    <div>
      <PageHeader icon="profile" title={t('profile.title')} intro={t('profile.intro')} />
      <form ref={ref} class="card form" aria-labelledby="profile-heading" onSubmit={submit} noValidate>
        <h2 id="profile-heading">{t('profile.form')}</h2>
        <FormErrorSummary errors={errors} />
        {fields(ABOUT)}
        <fieldset class="field group" aria-describedby="profile-contact-note">
          <legend>{t('profile.contactTitle')}</legend>
          <p id="profile-contact-note" class="hint private-note">
            <Icon name="private" /> {t('profile.contactPrivate')}
          </p>
          {fields(CONTACT)}
        </fieldset>
        {readOnly ? null : (
          <div class="row">
            <button type="submit" class="btn btn-primary">
              {t('common.save')}
            </button>
          </div>
        )}
      </form>
    </div>
  )
}
