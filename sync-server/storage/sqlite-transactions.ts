// The transactions of the SQLite storage (sqlite.ts) that read and write several tables at once:
// compaction, statements (replay-proof, capped revocations), deletion and client-id claims.
// Each runs inside one SQLite transaction, so a crash leaves either all of it or none.
import type Database from 'better-sqlite3'
import type { prepareQueries, RoomRow } from './sqlite-queries.ts'
import type { ClientClaim, LogStats, MetaChange, StatementOutcome } from './types.ts'

/** Prepares the multi-table transactions over the storage's prepared statements `q`. */
export function sqliteTransactions(db: Database.Database, q: ReturnType<typeof prepareQueries>) {
  const statsOf = (room: string): LogStats => {
    const row = q.room.get(room)
    return { count: row?.count ?? 0, bytes: row?.bytes ?? 0 }
  }

  const replaceTx = db.transaction((room: string, through: number, merged: Uint8Array): LogStats => {
    const removed = q.sumThrough.get(room, through)
    if (!removed || removed.n === 0 || removed.last === null) return statsOf(room)
    q.deleteThrough.run(room, through)
    // The merged state takes the place of the last removed update, so it sorts before anything
    // appended after `through`, and `through` stays a valid cursor.
    q.insertUpdateAt.run(removed.last, room, merged)
    const before = statsOf(room)
    const stats = {
      count: before.count - removed.n + 1,
      bytes: before.bytes - (removed.b ?? 0) + merged.length,
    }
    q.setStats.run(stats.count, stats.bytes, room)
    return stats
  })

  const applyTx = db.transaction(
    (room: string, id: string, forgetAfter: number, change: MetaChange, now: number): StatementOutcome => {
      q.forgetStatements.run(now)
      if (q.hasStatement.get(room, id)) return 'replay'
      // Only the new ids are written (one row each): a revoke costs its own size, never the list's.
      let fresh: string[] = []
      if (change.revokeTokenIds?.length) {
        const known = new Set(q.revokedIds.all(room).map((r) => r.token_id))
        fresh = [...new Set(change.revokeTokenIds)].filter((t) => !known.has(t))
        if (known.size + fresh.length > (change.maxRevokedTokenIds ?? Number.POSITIVE_INFINITY))
          return 'revocation-list-full'
      }
      q.addStatement.run(room, id, forgetAfter)
      q.ensureRoom.run(room)
      const row = q.room.get(room) as RoomRow
      for (const tokenId of fresh) q.addRevoked.run(room, tokenId)
      const before = Math.max(row.revoked_before, change.revokeBefore ?? 0)
      const expiresAt = change.expiresAt ?? row.expires_at
      if (before !== row.revoked_before || expiresAt !== row.expires_at)
        q.setMeta.run(before, expiresAt, room)
      return 'applied'
    },
  )

  const deleteTx = db.transaction((room: string, now: number) => {
    q.deleteUpdates.run(room)
    q.deleteLog.run(room)
    q.deleteStatements.run(room)
    q.deleteOwners.run(room)
    q.deleteRevoked.run(room)
    q.tombstone.run(room, now)
  })

  const claimTx = db.transaction((room: string, tokenId: string, claims: ClientClaim[]): boolean => {
    const unowned: number[] = []
    for (const { client, isNew } of claims) {
      const owner = q.owner.get(room, client)?.token_id
      if (owner === undefined && isNew) unowned.push(client)
      else if (owner !== tokenId) return false
    }
    for (const client of unowned) q.addOwner.run(room, client, tokenId)
    return true
  })

  return { statsOf, replaceTx, applyTx, deleteTx, claimTx }
}
