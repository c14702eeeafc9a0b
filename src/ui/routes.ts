// The route table: one path segment per screen; a second segment is the id of an item.
import type { MessageKey } from '../i18n/index.ts'
import type { IconName } from './components/Icon.tsx'
import type { Loader } from './lazy.tsx'

/** A screen reachable by a path. */
export type Route = { path: string; title: MessageKey; icon: IconName; load: Loader; nav: boolean }

/** Every screen except the home, in menu order. */
export const ROUTES: readonly Route[] = [
  {
    path: 'profil',
    title: 'nav.profile',
    icon: 'profile',
    load: () => import('./screens/profile.tsx'),
    nav: true,
  },
  {
    path: 'experiences',
    title: 'nav.experiences',
    icon: 'experiences',
    load: () => import('./screens/experiences.tsx'),
    nav: true,
  },
  {
    path: 'competences',
    title: 'nav.competences',
    icon: 'competences',
    load: () => import('./screens/competences.tsx'),
    nav: true,
  },
  {
    path: 'projets',
    title: 'nav.projects',
    icon: 'projects',
    load: () => import('./screens/projects.tsx'),
    nav: true,
  },
  {
    path: 'plan',
    title: 'nav.plan',
    icon: 'plan',
    load: () => import('./screens/plan/plan-screen.tsx'),
    nav: true,
  },
  {
    path: 'situation',
    title: 'nav.situation',
    icon: 'situation',
    load: () => import('./screens/situation.tsx'),
    nav: true,
  },
  { path: 'parcours', title: 'nav.path', icon: 'path', load: () => import('./screens/path.tsx'), nav: true },
  {
    path: 'contacts',
    title: 'nav.contacts',
    icon: 'contacts',
    load: () => import('./screens/contacts.tsx'),
    nav: true,
  },
  {
    path: 'journal',
    title: 'nav.journal',
    icon: 'journal',
    load: () => import('./screens/journal.tsx'),
    nav: true,
  },
  {
    path: 'glossaire',
    title: 'nav.glossary',
    icon: 'glossary',
    load: () => import('./screens/glossary.tsx'),
    nav: true,
  },
  {
    path: 'reglages',
    title: 'nav.settings',
    icon: 'settings',
    load: () => import('./screens/settings.tsx'),
    nav: true,
  },
  {
    path: 'sauvegarde',
    title: 'nav.backup',
    icon: 'backup',
    load: () => import('./screens/backup/backup-screen.tsx'),
    nav: true,
  },
  {
    path: 'imprimer',
    title: 'nav.print',
    icon: 'print',
    load: () => import('./screens/print/print-screen.tsx'),
    nav: true,
  },
]

/** The route and item id of a path ('/experiences/abc' → experiences, 'abc'); undefined for home or unknown. */
export function matchRoute(path: string): { route: Route; id?: string } | 'home' | undefined {
  const [first = '', second, extra] = path.split('/').filter(Boolean)
  if (first === '') return 'home'
  const route = ROUTES.find((r) => r.path === first)
  if (!route || extra !== undefined) return undefined
  return second === undefined ? { route } : { route, id: second }
}
