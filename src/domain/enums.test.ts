import { describe, expect, expectTypeOf, it } from 'vitest'
import * as enums from './enums.ts'
import {
  type ExperienceKind,
  PATH_STAGE_KINDS,
  SAVOIR_ETRE_SUGGESTIONS,
  SENSITIVE_SECTIONS,
  SITUATION_AREAS,
  vocabulary,
} from './enums.ts'

describe('vocabularies', () => {
  it('offers at least 14 distinct, stable kebab-case savoir-être keys', () => {
    expect(SAVOIR_ETRE_SUGGESTIONS.length).toBeGreaterThanOrEqual(14)
    expect(new Set(SAVOIR_ETRE_SUGGESTIONS).size).toBe(SAVOIR_ETRE_SUGGESTIONS.length)
    for (const k of SAVOIR_ETRE_SUGGESTIONS) expect(k).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(SAVOIR_ETRE_SUGGESTIONS).toEqual(
      expect.arrayContaining(['punctuality', 'teamwork', 'listening', 'patience']),
    )
  })
  it('has the seven situation areas and seven path stages', () => {
    expect(SITUATION_AREAS).toHaveLength(7)
    expect(PATH_STAGE_KINDS).toHaveLength(7)
  })
  it('marks situation and journal as sensitive', () =>
    expect(SENSITIVE_SECTIONS).toEqual(['situation', 'journal', 'applications']))
  it('vocabulary() gives its keys in order, typed as a tuple of literals', () => {
    const v = vocabulary('a b-c', 'd')
    expect(v).toEqual(['a', 'b-c', 'd'])
    expectTypeOf(v).toEqualTypeOf<readonly ['a', 'b-c', 'd']>()
    expectTypeOf<ExperienceKind>().toEqualTypeOf<
      'emploi' | 'formation' | 'stage' | 'essai-metier' | 'benevolat' | 'vie-quotidienne' | 'autre'
    >()
  })
  it('keeps every stored key and its order (booklets written before still read)', () => {
    const lists = Object.fromEntries(Object.entries(enums).filter(([, v]) => Array.isArray(v)))
    expect(lists).toEqual({
      ACTOR_ROLES: ['holder', 'operator', 'trainer', 'other'],
      ALIGNMENT_FRAMEWORKS: ['esco', 'rome', 'other'],
      COMPETENCE_FAMILIES: ['savoir', 'savoir-faire', 'savoir-etre'],
      COMPETENCE_LEVELS: [1, 2, 3, 4],
      CONSENT: ['proposed', 'accepted', 'refused'],
      EXPERIENCE_KINDS: [
        'emploi',
        'formation',
        'stage',
        'essai-metier',
        'benevolat',
        'vie-quotidienne',
        'autre',
      ],
      JOURNAL_MOODS: ['very-hard', 'hard', 'neutral', 'good', 'very-good'],
      PATH_STAGE_KINDS: [
        'lifting-obstacles',
        'orientation',
        'social-activation',
        'training',
        'work-activation',
        'job-search-support',
        'job-follow-up',
      ],
      PROJECT_STATUSES: ['idea', 'exploring', 'active', 'paused', 'reached', 'dropped'],
      SAVOIR_ETRE_SUGGESTIONS: [
        'punctuality',
        'teamwork',
        'listening',
        'adaptability',
        'autonomy',
        'respect-rules',
        'politeness',
        'initiative',
        'stress-management',
        'reliability',
        'motivation',
        'communication',
        'organisation',
        'curiosity',
        'patience',
        'perseverance',
        'self-confidence',
        'care-for-others',
      ],
      SENSITIVE_SECTIONS: ['situation', 'journal', 'applications'],
      SITUATION_AREAS: ['health', 'rights', 'language', 'mobility', 'family', 'resources', 'housing'],
      SITUATION_STATUSES: ['ok', 'attention', 'obstacle', 'unknown'],
      STEP_STATUSES: ['todo', 'doing', 'done', 'dropped'],
      TRAINING_LEVELS: ['pre-qualifying', 'qualifying'],
      VALIDATION_METHODS: ['situation', 'internship-observation', 'test', 'portfolio', 'interview', 'other'],
      VALIDATION_STATUSES: ['validated', 'partial', 'not-yet'],
    })
  })
})
