import { describe, expect, it } from 'vitest'
import { MAX_ROOM_TTL } from '../src/protocol/statement.ts'
import { DEFAULT_LIMITS, LIMIT_ENV, resolveLimits } from './limits.ts'

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

describe('default limits (issue #9)', () => {
  it('erases a room nobody wrote to within half a year, not after 400 days', () => {
    expect(DEFAULT_LIMITS.defaultRoomTtlSeconds).toBe(180 * 24 * 3600)
    expect(DEFAULT_LIMITS.defaultRoomTtlSeconds).toBeLessThan(MAX_ROOM_TTL)
  })

  it('every limit has its own environment variable', () => {
    const names = Object.values(LIMIT_ENV)
    expect(new Set(names).size).toBe(names.length)
    expect(Object.keys(LIMIT_ENV).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort())
    expect(resolveLimits({ LIVRET_MAX_SOCKET_BUFFER_BYTES: '1000' }).maxSocketBufferBytes).toBe(1000)
  })
})
