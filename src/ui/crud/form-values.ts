// Between an item and its form: flat form values in, the item to store out (groups nest).
import type { FieldDef, Values } from './field-types.ts'

/** Builds the item to store: the existing one, overlaid with the form's values. */
export function buildItem(fields: readonly FieldDef[], values: Values, base: Values): Values {
  const out: Values = { ...base }
  for (const f of fields) {
    if (f.kind === 'group') {
      const sub: Values = {}
      for (const g of f.fields) {
        const v = values[g.name]
        if (!isBlank(v)) sub[g.name.slice(f.name.length + 1)] = v
      }
      if (Object.keys(sub).length > 0) out[f.name] = sub
      else delete out[f.name]
      continue
    }
    const v = values[f.name]
    if (!isBlank(v)) out[f.name] = v
    else if (f.kind !== 'links' && 'required' in f && f.required) out[f.name] = ''
    else if (f.kind === 'links') out[f.name] = []
    else delete out[f.name]
  }
  return out
}

const isBlank = (v: unknown): boolean => v === undefined || (typeof v === 'string' && v.trim() === '')

/** The form's values for an item: groups (nested objects) spread into `<group>.<key>` fields. */
export function formValues(fields: readonly FieldDef[], item: Values): Values {
  const out: Values = { ...item }
  for (const f of fields) {
    if (f.kind !== 'group') continue
    const obj = item[f.name]
    delete out[f.name]
    if (typeof obj !== 'object' || obj === null) continue
    for (const g of f.fields) out[g.name] = (obj as Values)[g.name.slice(f.name.length + 1)]
  }
  return out
}
