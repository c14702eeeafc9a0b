// Hostile values for the smaller entities: project, objective, situation, path stage, contact,
// journal entry, validation, profile.
import { describe, expect, it } from 'vitest'
import { ContactSchema } from './contact.ts'
import { type CompetenceId, newId } from './ids.ts'
import { JournalEntrySchema } from './journal-entry.ts'
import { ObjectiveSchema } from './objective.ts'
import { PathStageSchema } from './path-stage.ts'
import { ProfileSchema } from './profile.ts'
import { ProjectSchema } from './project.ts'
import {
  sampleContact,
  sampleJournalEntry,
  sampleObjective,
  samplePathStage,
  sampleProject,
  sampleValidation,
} from './samples.ts'
import { emptySituationItem, SituationItemSchema } from './situation.ts'
import { issuesOf } from './testing.ts'
import { ValidationSchema } from './validation.ts'

describe('ProjectSchema and ObjectiveSchema', () => {
  it('accept samples, refuse bad status, empty job, bad ids', () => {
    expect(issuesOf(ProjectSchema, sampleProject())).toEqual([])
    expect(issuesOf(ProjectSchema, { ...sampleProject(), status: 'won' })).toEqual(['status:invalid-status'])
    expect(issuesOf(ProjectSchema, sampleProject({ targetJob: '' }))).toEqual(['targetJob:empty'])
    expect(issuesOf(ObjectiveSchema, sampleObjective())).toEqual([])
    expect(issuesOf(ObjectiveSchema, { ...sampleObjective(), projectId: {} })).toEqual(['projectId:string'])
    expect(issuesOf(ObjectiveSchema, { ...sampleObjective(), id: 7 })).toEqual(['id:string'])
  })
})

describe('SituationItemSchema', () => {
  it('accepts the empty item of each area', () => {
    for (const area of [
      'health',
      'rights',
      'language',
      'mobility',
      'family',
      'resources',
      'housing',
    ] as const)
      expect(issuesOf(SituationItemSchema, emptySituationItem(area))).toEqual([])
  })
  it('refuses an unknown area or status and a note over 5,000 characters', () => {
    expect(issuesOf(SituationItemSchema, { area: 'debts', status: 'ok', note: '' })).toEqual([
      'area:invalid-area',
    ])
    expect(issuesOf(SituationItemSchema, { area: 'health', status: 'bad', note: '' })).toEqual([
      'status:invalid-status',
    ])
    expect(issuesOf(SituationItemSchema, { area: 'health', status: 'ok', note: 'x'.repeat(5001) })).toEqual([
      'note:too-long',
    ])
  })
  it('stores no sharing flag: an extra `shared` field is stripped', () => {
    const r = SituationItemSchema.entries
    expect(Object.keys(r)).not.toContain('shared')
    expect(issuesOf(SituationItemSchema, { area: 'health', status: 'ok', note: '', shared: true })).toEqual(
      [],
    )
  })
})

describe('PathStageSchema', () => {
  it('accepts a pre-qualifying training stage', () =>
    expect(issuesOf(PathStageSchema, samplePathStage())).toEqual([]))
  it('refuses a wrong kind, a training level elsewhere, an end before start, no organisation', () => {
    expect(
      issuesOf(PathStageSchema, { ...samplePathStage(), kind: 'holiday', trainingLevel: undefined }),
    ).toEqual(['kind:invalid-kind'])
    expect(issuesOf(PathStageSchema, samplePathStage({ kind: 'orientation' }))).toEqual([
      'trainingLevel:training-level-not-training',
    ])
    expect(issuesOf(PathStageSchema, samplePathStage({ endDate: '2024-08-31' }))).toEqual([
      'endDate:end-before-start',
    ])
    expect(issuesOf(PathStageSchema, samplePathStage({ organisation: ' ' }))).toEqual(['organisation:empty'])
  })
})

describe('ContactSchema', () => {
  it('refuses a bad email and a phone with letters', () => {
    expect(issuesOf(ContactSchema, sampleContact())).toEqual([])
    expect(issuesOf(ContactSchema, sampleContact({ email: 'not-an-email' }))).toEqual(['email:invalid-email'])
    expect(issuesOf(ContactSchema, sampleContact({ phone: 'call me' }))).toEqual(['phone:invalid-phone'])
    expect(issuesOf(ContactSchema, sampleContact({ name: 'x'.repeat(121) }))).toEqual(['name:too-long'])
  })
})

describe('JournalEntrySchema', () => {
  it('mood is optional and closed', () => {
    const { mood: _m, ...noMood } = sampleJournalEntry()
    expect(issuesOf(JournalEntrySchema, noMood)).toEqual([])
    expect(issuesOf(JournalEntrySchema, { ...sampleJournalEntry(), mood: 'angry' })).toEqual([
      'mood:invalid-mood',
    ])
  })
  it('refuses empty text, text over 5,000 and a wrong date', () => {
    expect(issuesOf(JournalEntrySchema, sampleJournalEntry({ text: '' }))).toEqual(['text:empty'])
    expect(issuesOf(JournalEntrySchema, sampleJournalEntry({ text: 'x'.repeat(5001) }))).toEqual([
      'text:too-long',
    ])
    expect(issuesOf(JournalEntrySchema, sampleJournalEntry({ date: '2024-02-30' }))).toEqual([
      'date:invalid-date',
    ])
  })
})

describe('ValidationSchema', () => {
  const c = newId<CompetenceId>()
  it('accepts a record with a JSON credential object, refuses one without', () => {
    expect(issuesOf(ValidationSchema, sampleValidation(c))).toEqual([])
    expect(issuesOf(ValidationSchema, sampleValidation(c, { credential: { proof: { type: 'x' } } }))).toEqual(
      [],
    )
    const { credential: _, ...without } = sampleValidation(c)
    expect(issuesOf(ValidationSchema, without)).toEqual(['credential:required'])
  })
  it('refuses a wrong status, level, method, missing trainer organisation', () => {
    expect(issuesOf(ValidationSchema, { ...sampleValidation(c), status: 'ok' })).toEqual([
      'status:invalid-status',
    ])
    expect(issuesOf(ValidationSchema, { ...sampleValidation(c), level: 5 })).toEqual(['level:invalid-level'])
    expect(issuesOf(ValidationSchema, { ...sampleValidation(c), method: 'vibes' })).toEqual([
      'method:invalid-method',
    ])
    expect(issuesOf(ValidationSchema, { ...sampleValidation(c), trainer: { name: 'A' } })).toEqual([
      'trainer.organisation:required',
    ])
  })
  it('refuses a credential that is not bounded JSON', () => {
    const circular: Record<string, unknown> = {}
    circular.self = circular
    for (const credential of [circular, 10n, 'x'.repeat(70_000)])
      expect(issuesOf(ValidationSchema, { ...sampleValidation(c), credential })).toEqual([
        'credential:invalid-credential',
      ])
  })
})

describe('ProfileSchema', () => {
  const p = {
    displayName: 'Samira',
    languages: ['français', 'arabe'],
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  }
  it('accepts a minimal profile and refuses hostile values', () => {
    expect(issuesOf(ProfileSchema, p)).toEqual([])
    expect(issuesOf(ProfileSchema, { ...p, displayName: '' })).toEqual(['displayName:empty'])
    expect(issuesOf(ProfileSchema, { ...p, birthDate: '2001-02-29' })).toEqual(['birthDate:invalid-date'])
    expect(issuesOf(ProfileSchema, { ...p, languages: Array(21).fill('fr') })).toEqual(['languages:too-many'])
    expect(issuesOf(ProfileSchema, { ...p, drivingLicence: 'yes' })).toEqual(['drivingLicence:boolean'])
  })
})
