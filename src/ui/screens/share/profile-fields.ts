// Labels of the profile fields the holder may add to their name in a share (the profile screen's
// own labels, so that the person recognises them).
import type { ProfileShareField } from '../../../domain/index.ts'
import type { MessageKey } from '../../../i18n/index.ts'

/** The message key naming each optional profile field. */
export const PROFILE_FIELD_LABELS: Record<ProfileShareField, MessageKey> = {
  city: 'profile.city',
  languages: 'profile.languages',
  drivingLicence: 'profile.licence',
  summary: 'profile.summary',
  birthDate: 'profile.birthDate',
  email: 'profile.email',
  phone: 'profile.phone',
}
