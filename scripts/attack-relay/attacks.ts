// The attacks scripts/attack-relay.ts runs, in order. Add one file per attack and list it here.
import { chain } from './chain.ts'
import { flat } from './flat.ts'
import { selfReference } from './self-reference.ts'
import { squat } from './squat.ts'
import { structsFuzz } from './structs-fuzz.ts'
import type { Attack } from './types.ts'

/** Every attack, by name. */
export const ATTACKS: Attack[] = [chain, flat, selfReference, squat, structsFuzz]
