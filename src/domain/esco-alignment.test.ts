import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Ajv2019 from 'ajv/dist/2019.js'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { CompetenceSchema } from './competence.ts'
import { EscoAlignmentSchema, escoAlignmentInCredential, toOb3Alignment } from './esco-alignment.ts'
import { ProjectSchema } from './project.ts'

const skill = {
  uri: 'http://data.europa.eu/esco/skill/26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da',
  label: 'accueillir les clients',
  framework: 'ESCO',
} as const
const stamp = '2026-01-02T03:04:05.000Z'

// The 1EdTech OB 3.0 schema's Alignment definition, compiled alone.
const ob3 = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../shared/ob3-reference/ob_v3p0_achievementcredential_schema.json'),
    'utf8',
  ),
) as { $defs: Record<string, object> }
const Ajv = ((Ajv2019 as unknown as { default?: typeof Ajv2019 }).default ?? Ajv2019) as typeof Ajv2019
const validateAlignment = new Ajv({ strict: false }).compile(ob3.$defs.Alignment ?? {})

describe('ESCO alignment', () => {
  it('accepts an ESCO concept URI and refuses anything else', () => {
    expect(v.safeParse(EscoAlignmentSchema, skill).success).toBe(true)
    expect(v.safeParse(EscoAlignmentSchema, { ...skill, uri: 'https://evil.example/x' }).success).toBe(false)
    expect(v.safeParse(EscoAlignmentSchema, { ...skill, framework: 'ROME' }).success).toBe(false)
  })
  it('is an optional field of competences and projects: items without it still read', () => {
    const c = {
      id: 'c1',
      family: 'savoir-faire',
      label: 'Accueil',
      level: 2,
      experienceIds: [],
      createdAt: stamp,
      updatedAt: stamp,
    }
    expect(v.safeParse(CompetenceSchema, c).success).toBe(true)
    expect(v.parse(CompetenceSchema, { ...c, esco: skill }).esco).toEqual(skill)
    const p = { id: 'p1', targetJob: 'Vendeur', status: 'active', createdAt: stamp, updatedAt: stamp }
    expect(v.safeParse(ProjectSchema, p).success).toBe(true)
  })
  it('maps to an Open Badges 3.0 Alignment that passes 1EdTech schema', () => {
    const a = toOb3Alignment(skill)
    expect(a).toEqual({
      type: ['Alignment'],
      targetName: 'accueillir les clients',
      targetUrl: skill.uri,
      targetFramework: 'ESCO',
      targetType: 'ceasn:Competency',
    })
    expect(validateAlignment(a)).toBe(true)
    const occ = toOb3Alignment({ ...skill, uri: 'http://data.europa.eu/esco/occupation/00030d09-2b3a' })
    expect(occ.targetType).toBe('ext:EscoOccupation')
    expect(validateAlignment(occ)).toBe(true)
    expect(validateAlignment({ ...occ, targetType: 'Occupation' })).toBe(false)
  })
  it('reads the ESCO alignment back from a credential, and nothing from anything else', () => {
    const credential = (alignment: unknown) => ({ credentialSubject: { achievement: { alignment } } })
    const rome = { type: ['Alignment'], targetName: 'Caisse', targetUrl: 'urn:x', targetFramework: 'ROME' }
    expect(escoAlignmentInCredential(credential([rome, toOb3Alignment(skill)]))).toEqual(skill)
    expect(escoAlignmentInCredential(credential([rome]))).toBeUndefined()
    expect(
      escoAlignmentInCredential(
        credential([{ ...toOb3Alignment(skill), targetUrl: 'https://evil.example/x' }]),
      ),
    ).toBeUndefined()
    for (const x of [null, 'x', {}, credential('nope'), credential([null, 3])])
      expect(escoAlignmentInCredential(x)).toBeUndefined()
  })
})
