// Preloaded into every server under test (bench only, with --expose-gc): on SIGUSR2 it runs a
// full garbage collection and prints the live heap and external memory as one line, so the
// benchmark can tell memory a server still uses from memory the allocator keeps in RSS.
// Freed ArrayBuffers leave `external` only once V8's background sweeper has released them, so
// it collects twice, 500 ms apart, and reads after the second collection.
process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  setTimeout(() => {
    gc?.()
    const { heapUsed, external } = process.memoryUsage()
    process.stdout.write(`BENCH-HEAP ${JSON.stringify({ heapUsed, external, gc: gc !== undefined })}\n`)
  }, 500)
})
