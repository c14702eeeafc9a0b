// Valid sample entities for tests and benchmarks (not used by the app). Each call returns fresh ids.
import type { Competence } from './competence.ts'
import type { Contact } from './contact.ts'
import type { Experience } from './experience.ts'
import type {
  CompetenceId,
  ContactId,
  ExperienceId,
  JournalEntryId,
  ObjectiveId,
  PathStageId,
  ProjectId,
  StepId,
  ValidationId,
} from './ids.ts'
import { newId } from './ids.ts'
import type { JournalEntry } from './journal-entry.ts'
import type { Objective } from './objective.ts'
import type { PathStage } from './path-stage.ts'
import type { Project } from './project.ts'
import type { Step } from './step.ts'
import type { Validation } from './validation.ts'

const T = '2025-03-01T10:00:00.000Z'

/** A volunteering experience. */
export const sampleExperience = (over: Partial<Experience> = {}): Experience => ({
  id: newId<ExperienceId>(),
  kind: 'benevolat',
  title: 'Aide à la banque alimentaire',
  organisation: 'Restos du Cœur',
  startDate: '2024-01-15',
  endDate: '2024-06-30',
  description: 'Accueil et distribution des colis.',
  competenceIds: [],
  createdAt: T,
  updatedAt: T,
  ...over,
})

/** A savoir-être picked from the suggestions. */
export const sampleCompetence = (over: Partial<Competence> = {}): Competence => ({
  id: newId<CompetenceId>(),
  family: 'savoir-etre',
  label: 'Je suis à l’heure',
  level: 3,
  experienceIds: [],
  suggestionKey: 'punctuality',
  createdAt: T,
  updatedAt: T,
  ...over,
})

/** A professional project. */
export const sampleProject = (over: Partial<Project> = {}): Project => ({
  id: newId<ProjectId>(),
  targetJob: 'Commis de cuisine',
  status: 'exploring',
  createdAt: T,
  updatedAt: T,
  ...over,
})

/** A plan objective. */
export const sampleObjective = (over: Partial<Objective> = {}): Objective => ({
  id: newId<ObjectiveId>(),
  title: 'Obtenir le permis B',
  createdAt: T,
  updatedAt: T,
  ...over,
})

/** A step proposed by an operator, accepted, with a commitment on each side. */
export const sampleStep = (objectiveId: ObjectiveId, over: Partial<Step> = {}): Step => ({
  id: newId<StepId>(),
  objectiveId,
  title: 'S’inscrire à l’auto-école',
  dueDate: '2025-04-30',
  status: 'todo',
  proposedBy: { role: 'operator', name: 'Mme Dupont', organisation: 'CPAS de Namur' },
  consent: 'accepted',
  commitments: [
    { actor: { role: 'holder' }, text: 'Je vais à l’auto-école', done: false },
    { actor: { role: 'operator', name: 'Mme Dupont' }, text: 'Demander l’aide financière', done: false },
  ],
  createdAt: T,
  updatedAt: T,
  ...over,
})

/** A training stage. */
export const samplePathStage = (over: Partial<PathStage> = {}): PathStage => ({
  id: newId<PathStageId>(),
  kind: 'training',
  trainingLevel: 'pre-qualifying',
  organisation: 'CISP Le Chantier',
  referent: 'M. Lambert',
  startDate: '2024-09-01',
  endDate: '2024-12-20',
  createdAt: T,
  updatedAt: T,
  ...over,
})

/** A contact. */
export const sampleContact = (over: Partial<Contact> = {}): Contact => ({
  id: newId<ContactId>(),
  name: 'Mme Dupont',
  organisation: 'CPAS de Namur',
  phone: '+32 81 12 34 56',
  email: 'dupont@example.org',
  createdAt: T,
  updatedAt: T,
  ...over,
})

/** A journal entry. */
export const sampleJournalEntry = (over: Partial<JournalEntry> = {}): JournalEntry => ({
  id: newId<JournalEntryId>(),
  date: '2025-02-28',
  text: 'Premier jour de stage, tout s’est bien passé.',
  mood: 'good',
  createdAt: T,
  updatedAt: T,
  ...over,
})

/** A validation (its credential is a stand-in: it does not verify). */
export const sampleValidation = (competenceId: CompetenceId, over: Partial<Validation> = {}): Validation => ({
  id: newId<ValidationId>(),
  competenceId,
  trainer: { name: 'M. Lambert', organisation: 'CISP Le Chantier' },
  level: 3,
  method: 'situation',
  date: '2025-01-10',
  status: 'validated',
  credential: { type: ['VerifiableCredential', 'OpenBadgeCredential'] },
  createdAt: T,
  updatedAt: T,
  ...over,
})
