import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, resolveLimits } from './limits.ts'

describe('limits', () => {
  it('defaults, then environment, then explicit overrides', () => {
    expect(resolveLimits({})).toEqual(DEFAULT_LIMITS)
    const fromEnv = resolveLimits({ LIVRET_MAX_FRAME_BYTES: '1024', LIVRET_IDLE_ROOM_SECONDS: '5' })
    expect(fromEnv.maxFrameBytes).toBe(1024)
    expect(fromEnv.idleRoomSeconds).toBe(5)
    expect(resolveLimits({ LIVRET_MAX_FRAME_BYTES: '1024' }, { maxFrameBytes: 10 }).maxFrameBytes).toBe(10)
  })

  it('refuses a value that is not a non-negative number', () => {
    expect(() => resolveLimits({ LIVRET_MESSAGE_BURST: 'lots' })).toThrow(/LIVRET_MESSAGE_BURST/)
    expect(() => resolveLimits({ LIVRET_MESSAGE_BURST: '-1' })).toThrow()
  })
})
