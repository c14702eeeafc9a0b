// Words for the codes the trainer's forms get from its schemas (identity, assessment): one map, checked
// by the type system, instead of key names built from strings.
import type { MessageKey } from '../../../i18n/index.ts'
import { errorMessages } from '../../errors.ts'

/** A field code of the trainer's forms ('empty' is the identity schema's word for a missing value). */
export type TrainerFieldCode = 'empty' | 'required' | 'too-long' | 'invalid'

/** The trainer forms' field codes in words; an unknown schema code reads 'invalid'. */
export const TRAINER_FIELD_ERRORS = errorMessages<TrainerFieldCode>(
  {
    empty: 'trainer.error.required',
    required: 'trainer.error.required',
    'too-long': 'trainer.error.too-long',
    invalid: 'trainer.error.invalid',
  },
  'trainer.error.invalid',
)

/** The key for a choice (radio) field left empty: "choose an answer" rather than "write it here". */
export const choiceErrorKey = (code: TrainerFieldCode): MessageKey =>
  code === 'required' || code === 'empty' ? 'trainer.error.choose' : TRAINER_FIELD_ERRORS.key(code)
