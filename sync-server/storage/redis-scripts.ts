// Lua scripts of the Redis storage. Each runs atomically inside Redis, so several relay
// instances sharing one Redis never interleave inside an append, a compaction, a statement
// or a deletion.
//
// A room's log is a Redis list; the hash field `first` is the sequence number of the list's
// element 0, so element i has sequence `first + i` and a cursor is that decimal number.
// Compaction removes elements 0..n-1 (those up to the cursor) and pushes the merged state
// at the front with the sequence of the last removed one: later elements, including ones
// another instance appended meanwhile, keep their sequence numbers and their place.

/** Appends one update unless the room is deleted. KEYS meta, log, lastwrite-index; ARGV update, now, room. */
export const APPEND = `
if redis.call('HEXISTS', KEYS[1], 'deletedAt') == 1 then return redis.error_reply('room-deleted') end
local count = redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('HSETNX', KEYS[1], 'first', 1)
local bytes = redis.call('HINCRBY', KEYS[1], 'bytes', string.len(ARGV[1]))
local now = tonumber(ARGV[2])
local last = tonumber(redis.call('HGET', KEYS[1], 'lastWriteAt') or '0')
if now > last then redis.call('HSET', KEYS[1], 'lastWriteAt', now) end
if redis.call('HEXISTS', KEYS[1], 'expiresAt') == 0 then
  redis.call('ZADD', KEYS[3], 'GT', now, ARGV[3])
end
return {count, bytes}
`

/** Loads a page of the log. KEYS meta, log; ARGV after ('' = from the start), limit (-1 = all). */
export const LOAD = `
local first = tonumber(redis.call('HGET', KEYS[1], 'first') or '1')
local len = redis.call('LLEN', KEYS[2])
local bytes = tonumber(redis.call('HGET', KEYS[1], 'bytes') or '0')
local start = 0
if ARGV[1] ~= '' then start = tonumber(ARGV[1]) - first + 1 end
if start < 0 then start = 0 end
local stop = len - 1
local limit = tonumber(ARGV[2])
if limit >= 0 and start + limit - 1 < stop then stop = start + limit - 1 end
local items = {}
if start <= stop then items = redis.call('LRANGE', KEYS[2], start, stop) end
return {first + start, len, bytes, items}
`

/** Compaction. KEYS meta, log; ARGV through, merged. Returns {count, bytes}. */
export const REPLACE = `
local len = redis.call('LLEN', KEYS[2])
local bytes = tonumber(redis.call('HGET', KEYS[1], 'bytes') or '0')
if redis.call('HEXISTS', KEYS[1], 'deletedAt') == 1 then return {len, bytes} end
local first = tonumber(redis.call('HGET', KEYS[1], 'first') or '1')
local n = tonumber(ARGV[1]) - first + 1
if n > len then n = len end
if n <= 0 then return {len, bytes} end
local removed = 0
local items = redis.call('LRANGE', KEYS[2], 0, n - 1)
for i = 1, #items do removed = removed + string.len(items[i]) end
redis.call('LTRIM', KEYS[2], n, -1)
redis.call('LPUSH', KEYS[2], ARGV[2])
redis.call('HSET', KEYS[1], 'first', first + n - 1)
bytes = redis.call('HINCRBY', KEYS[1], 'bytes', string.len(ARGV[2]) - removed)
return {len - n + 1, bytes}
`

/**
 * Applies an owner statement once. KEYS meta, statements, revoked, expires-index,
 * lastwrite-index; ARGV id, forgetAfter, now, revokeBefore ('' = none), expiresAt ('' = none),
 * room, cap on revoked ids ('' = none), revoked token ids... The revoked set grows by SADD
 * (incremental); past the cap nothing is applied and the script answers 'revocation-list-full'.
 */
export const STATEMENT = `
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[3])
if redis.call('ZSCORE', KEYS[2], ARGV[1]) then return 'replay' end
if ARGV[7] ~= '' and #ARGV >= 8 then
  local fresh = 0
  for i = 8, #ARGV do
    if redis.call('SISMEMBER', KEYS[3], ARGV[i]) == 0 then fresh = fresh + 1 end
  end
  if fresh > 0 and redis.call('SCARD', KEYS[3]) + fresh > tonumber(ARGV[7]) then
    return 'revocation-list-full'
  end
end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
local deleted = redis.call('HEXISTS', KEYS[1], 'deletedAt') == 1
if ARGV[4] ~= '' then
  local current = tonumber(redis.call('HGET', KEYS[1], 'revokedBefore') or '0')
  if tonumber(ARGV[4]) > current then redis.call('HSET', KEYS[1], 'revokedBefore', ARGV[4]) end
end
if ARGV[5] ~= '' then
  redis.call('HSET', KEYS[1], 'expiresAt', ARGV[5])
  redis.call('ZREM', KEYS[5], ARGV[6])
  if not deleted then redis.call('ZADD', KEYS[4], ARGV[5], ARGV[6]) end
end
for i = 8, #ARGV do redis.call('SADD', KEYS[3], ARGV[i]) end
return 'applied'
`

/**
 * Deletes a room, keeping only a tombstone (the first deletion time). KEYS meta, log, access,
 * statements, revoked, expires-index, lastwrite-index, client owners; ARGV now, room.
 */
export const DELETE = `
local deleted = redis.call('HGET', KEYS[1], 'deletedAt')
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[8])
redis.call('HSET', KEYS[1], 'deletedAt', deleted or ARGV[1])
redis.call('ZREM', KEYS[6], ARGV[2])
redis.call('ZREM', KEYS[7], ARGV[2])
return 1
`

/**
 * Client-id ownership claims, all or nothing. KEYS owners (hash client → token id);
 * ARGV token id, then pairs of client id and isNew ('1' or '0').
 */
export const CLAIM = `
local unowned = {}
for i = 2, #ARGV, 2 do
  local owner = redis.call('HGET', KEYS[1], ARGV[i])
  if not owner and ARGV[i + 1] == '1' then table.insert(unowned, ARGV[i])
  elseif owner ~= ARGV[1] then return 0 end
end
for _, client in ipairs(unowned) do redis.call('HSET', KEYS[1], client, ARGV[1]) end
return 1
`
