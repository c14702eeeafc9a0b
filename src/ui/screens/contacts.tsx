// Contacts: the people and services the holder deals with.
import type { Contact } from '../../domain/index.ts'
import { SectionScreen } from '../crud/SectionScreen.tsx'
import type { SectionConfig } from '../crud/section-config.ts'

const byName = (a: Contact, b: Contact): number => a.name.localeCompare(b.name)

const config: SectionConfig<'contacts'> = {
  section: 'contacts',
  route: 'contacts',
  icon: 'contacts',
  text: {
    title: 'contact.title',
    intro: 'contact.intro',
    add: 'contact.add',
    newTitle: 'contact.newTitle',
    editTitle: 'contact.editTitle',
    empty: 'contact.empty',
  },
  fields: [
    { kind: 'text', name: 'name', label: 'contact.name', required: true },
    { kind: 'text', name: 'organisation', label: 'contact.organisation' },
    { kind: 'text', name: 'role', label: 'contact.role' },
    { kind: 'tel', name: 'phone', label: 'contact.phone' },
    { kind: 'email', name: 'email', label: 'contact.email' },
    { kind: 'textarea', name: 'address', label: 'contact.address' },
    { kind: 'textarea', name: 'notes', label: 'contact.notes' },
  ],
  blank: () => ({ name: '' }),
  summary: (c) => ({
    title: c.name,
    lines: [[c.role, c.organisation].filter(Boolean).join(' · '), c.phone ?? '', c.email ?? ''],
  }),
  sort: byName,
}

/** The contacts screen. */
export default function ContactsScreen({ id }: { id?: string }) {
  return <SectionScreen config={config} id={id} />
}
