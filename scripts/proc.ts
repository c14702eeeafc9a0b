// What Linux's /proc says of a process: the CPU time, memory and disk writes the relay scripts
// (fuzzer, attacks, benchmark) report. Every reader answers NaN once the process is gone.
import { readFileSync } from 'node:fs'

/** Microseconds per clock tick of /proc/<pid>/stat (getconf CLK_TCK = 100 on Linux). */
const CLOCK_TICK_US = 10_000

/** Numeric `field` of /proc/<pid>/<file> (kB for status, bytes for io), NaN once the process is gone. */
export function procField(pid: number, file: string, field: string): number {
  try {
    const line = readFileSync(`/proc/${pid}/${file}`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(field))
    return Number(line?.split(/\s+/)[1] ?? Number.NaN)
  } catch {
    return Number.NaN
  }
}

/** CPU time (µs, user + system, all threads) a process has used so far. */
export function cpuTimeUs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_US
  } catch {
    return Number.NaN
  }
}
