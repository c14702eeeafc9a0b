// Preloaded into every server under test (bench only, with --expose-gc): on SIGUSR2 it runs a
// full garbage collection and prints the live heap and external memory as one line, so the
// benchmark can tell memory a server still uses from memory the allocator keeps in RSS.
process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const { heapUsed, external } = process.memoryUsage()
  process.stdout.write(`BENCH-HEAP ${JSON.stringify({ heapUsed, external, gc: gc !== undefined })}\n`)
})
// TEMPTRACE
process.on('SIGUSR2', () => {
  if (process.env.TEMPTRACE) import('node:v8').then((v8) => v8.writeHeapSnapshot(`/tmp/relayperf/snap-${Date.now()}.heapsnapshot`))
})
