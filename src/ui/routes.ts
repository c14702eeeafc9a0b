// The route table: one path segment per screen; a second segment is the id of an item.
import type { MessageKey } from '../i18n/index.ts'
import type { IconName } from './components/Icon.tsx'
import type { Loader } from './lazy.tsx'
import type { Mode } from './mode.ts'

/** A screen reachable by a path; `modes` are those whose menu lists it (every mode can open it by link). */
export type Route = {
  path: string
  title: MessageKey
  icon: IconName
  load: Loader
  nav: boolean
  modes?: readonly Mode[]
  /** False for screens that never read the holder's own booklet: they show at once, without
   * waiting for it to open (an operator opening a share link, a trainer, the glossary). */
  session?: false
}

const HOLDER: readonly Mode[] = ['holder']
const OPERATOR: readonly Mode[] = ['operator']
const TRAINER: readonly Mode[] = ['trainer']

/** Every screen except the home, in menu order. */
export const ROUTES: readonly Route[] = [
  {
    path: 'profil',
    title: 'nav.profile',
    icon: 'profile',
    load: () => import('./screens/profile.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'experiences',
    title: 'nav.experiences',
    icon: 'experiences',
    load: () => import('./screens/experiences.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'competences',
    title: 'nav.competences',
    icon: 'competences',
    load: () => import('./screens/competences.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'projets',
    title: 'nav.projects',
    icon: 'projects',
    load: () => import('./screens/projects.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'plan',
    title: 'nav.plan',
    icon: 'plan',
    load: () => import('./screens/plan/plan-screen.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'agenda',
    title: 'nav.agenda',
    icon: 'agenda',
    load: () => import('./screens/agenda/agenda-screen.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'cv',
    title: 'nav.cv',
    icon: 'cv',
    load: () => import('./screens/cv/cv-screen.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'candidatures',
    title: 'nav.applications',
    icon: 'applications',
    load: () => import('./screens/applications/applications-screen.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'situation',
    title: 'nav.situation',
    icon: 'situation',
    load: () => import('./screens/situation.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'parcours',
    title: 'nav.path',
    icon: 'path',
    load: () => import('./screens/path.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'contacts',
    title: 'nav.contacts',
    icon: 'contacts',
    load: () => import('./screens/contacts.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'journal',
    title: 'nav.journal',
    icon: 'journal',
    load: () => import('./screens/journal.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'partager',
    title: 'nav.share',
    icon: 'share',
    load: () => import('./screens/share/share-screen.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'validations',
    title: 'nav.validations',
    icon: 'validated',
    load: () => import('./screens/validations/validations-screen.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'propositions',
    title: 'nav.proposals',
    icon: 'proposals',
    load: () => import('./screens/proposals/holder-proposals-screen.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'appareils',
    title: 'nav.devices',
    icon: 'devices',
    load: () => import('./screens/devices/devices-screen.tsx'),
    nav: true,
    modes: HOLDER,
  },
  {
    path: 'recus',
    title: 'nav.received',
    icon: 'received',
    load: () => import('./screens/operator/received-screen.tsx'),
    nav: true,
    modes: OPERATOR,
    session: false,
  },
  {
    path: 'recevoir',
    title: 'nav.receive',
    icon: 'scan',
    load: () => import('./screens/operator/receive-screen.tsx'),
    nav: true,
    modes: OPERATOR,
    session: false,
  },
  {
    // The page a short QR code opens (/h#<id>.<key>, docs/protocol.md §13): unlocked, then routed.
    path: 'h',
    title: 'nav.receive',
    icon: 'scan',
    load: () => import('./screens/operator/receive-screen.tsx'),
    nav: false,
    session: false,
  },
  {
    path: 'recu',
    title: 'nav.openShare',
    icon: 'received',
    load: () => import('./screens/operator/open-link-screen.tsx'),
    nav: false,
    session: false,
  },
  {
    path: 'confiance',
    title: 'trust.orgs.title',
    icon: 'validated',
    load: () => import('./screens/trust/trust-screen.tsx'),
    nav: true,
    modes: OPERATOR,
    session: false,
  },
  {
    path: 'proposer',
    title: 'nav.propose',
    icon: 'proposals',
    load: () => import('./screens/proposals/operator-propose-screen.tsx'),
    nav: true,
    modes: OPERATOR,
    session: false,
  },
  {
    path: 'formateur',
    title: 'nav.trainer',
    icon: 'trainer',
    load: () => import('./screens/trainer/trainer-screen.tsx'),
    nav: true,
    modes: TRAINER,
    session: false,
  },
  {
    path: 'organisation',
    title: 'nav.organisation',
    icon: 'organisation',
    load: () => import('./screens/organisation/organisation-screen.tsx'),
    nav: true,
    modes: TRAINER,
    session: false,
  },
  {
    path: 'valider',
    title: 'nav.validate',
    icon: 'validated',
    load: () => import('./screens/trainer/validate-screen.tsx'),
    nav: false,
    session: false,
  },
  {
    path: 'appairer',
    title: 'nav.pair',
    icon: 'devices',
    load: () => import('./screens/devices/pair-join-screen.tsx'),
    nav: false,
  },
  {
    path: 'glossaire',
    title: 'nav.glossary',
    icon: 'glossary',
    load: () => import('./screens/glossary.tsx'),
    nav: true,
    session: false,
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
    modes: HOLDER,
  },
  {
    path: 'commencer',
    title: 'start.title',
    icon: 'start',
    load: () => import('./screens/start/start-screen.tsx'),
    nav: false,
    modes: HOLDER,
  },
  {
    path: 'imprimer',
    title: 'nav.print',
    icon: 'print',
    load: () => import('./screens/print/print-screen.tsx'),
    nav: true,
    modes: HOLDER,
  },
]

/** The home screen of the operator and trainer modes (the holder's home is drawn in place). */
export const MODE_HOMES: Record<Exclude<Mode, 'holder'>, Loader> = {
  operator: () => import('./screens/operator/received-screen.tsx'),
  trainer: () => import('./screens/trainer/trainer-screen.tsx'),
}

/** The route and item id of a path ('/experiences/abc' → experiences, 'abc'); undefined for home or unknown. */
export function matchRoute(path: string): { route: Route; id?: string } | 'home' | undefined {
  const [first = '', second, extra] = path.split('/').filter(Boolean)
  if (first === '') return 'home'
  const route = ROUTES.find((r) => r.path === first)
  if (!route || extra !== undefined) return undefined
  return second === undefined ? { route } : { route, id: second }
}
