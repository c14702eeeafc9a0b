import { describe, expect, it } from 'vitest'
import { createBookletDoc, getItem } from '../../booklet/index.ts'
import { sampleCompetence } from '../../domain/index.ts'
import type { FieldDef } from './field-types.ts'
import { buildItem, formValues } from './form-values.ts'
import { saveItem } from './save.ts'

// The competence form's alignment group, as declared in screens/competences.tsx.
const fields: readonly FieldDef[] = [
  { kind: 'text', name: 'label', label: 'comp.label', required: true },
  {
    kind: 'group',
    name: 'alignment',
    label: 'comp.alignment',
    fields: [
      {
        kind: 'select',
        name: 'alignment.framework',
        label: 'comp.alignmentFramework',
        options: [{ value: 'rome', label: 'framework.rome' }],
      },
      { kind: 'text', name: 'alignment.code', label: 'comp.alignmentCode' },
      { kind: 'text', name: 'alignment.label', label: 'comp.alignmentLabel' },
    ],
  },
]

describe('form values with a group (competence alignment)', () => {
  it('spreads a stored alignment into group fields and nests it back', () => {
    const c = sampleCompetence({ alignment: { framework: 'rome', code: 'K1302', label: 'Aide à domicile' } })
    const values = formValues(fields, { ...c })
    expect(values['alignment.code']).toBe('K1302')
    expect(values.alignment).toBeUndefined()
    const out = buildItem(fields, { ...values, 'alignment.code': 'K1303' }, { ...c })
    expect(out.alignment).toEqual({ framework: 'rome', code: 'K1303', label: 'Aide à domicile' })
  })
  it('an empty group removes the alignment', () => {
    const c = sampleCompetence({ alignment: { framework: 'esco', code: 'x', label: 'y' } })
    const out = buildItem(fields, { label: c.label, 'alignment.code': '  ' }, { ...c })
    expect('alignment' in out).toBe(false)
  })
  it('a half-filled alignment is refused with the error beside the missing fields', () => {
    const doc = createBookletDoc()
    const c = sampleCompetence()
    const item = buildItem(fields, { label: c.label, 'alignment.code': 'K1302' }, { ...c })
    const r = saveItem(doc, 'competences', item)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors['alignment.framework']).toBe('error.required')
    expect(r.errors['alignment.label']).toBe('error.required')
    expect(r.errors['alignment.code']).toBeUndefined()
    expect(getItem(doc, 'competences', c.id)).toBeUndefined()
  })
  it('a full alignment is stored', () => {
    const doc = createBookletDoc()
    const c = sampleCompetence()
    const values = {
      label: c.label,
      'alignment.framework': 'rome',
      'alignment.code': 'K1302',
      'alignment.label': 'Aide',
    }
    expect(saveItem(doc, 'competences', buildItem(fields, values, { ...c })).ok).toBe(true)
    expect(getItem(doc, 'competences', c.id)?.alignment).toEqual({
      framework: 'rome',
      code: 'K1302',
      label: 'Aide',
    })
  })
})
