// @hocuspocus/server with no extensions, as the benchmark's second reference server.
import { Server } from '@hocuspocus/server'

const server = new Server({ port: Number(process.env.PORT), address: '127.0.0.1', quiet: true })
await server.listen()
process.stdout.write(`hocuspocus listening on ${process.env.PORT}\n`)
