// 100,000 structure-aware random updates (scripts/fuzz-relay-updates.ts) through the update
// check: whatever it accepts applies without throwing and leaves nothing pending. Bounded by
// case count; FUZZ_SEED replays a run (the seed is in the failure message).
import { expect, it } from 'vitest'
import { runUpdateFuzz } from '../scripts/fuzz-relay-updates.ts'

it('the update check accepts nothing that Y.applyUpdate throws on or leaves pending (100,000 cases)', () => {
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
  const report = runUpdateFuzz(100_000, seed)
  expect(report.failures, `seed ${seed}: ${JSON.stringify(report.failures.slice(0, 3))}`).toEqual([])
  expect(report.cases).toBe(100_000)
  // Every kind of verdict is exercised, so the oracle saw accepted updates too.
  for (const verdict of ['accept', 'malformed', 'missing-deps', 'forbidden', 'no-change'] as const)
    expect(report.verdicts[verdict] ?? 0, verdict).toBeGreaterThan(0)
  expect(report.maxStepsPerStruct).toBeLessThanOrEqual(8)
}, 120_000)
