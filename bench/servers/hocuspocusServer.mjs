// @hocuspocus/server as its documentation sets it up, stored by its SQLite extension.
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Server } from '@hocuspocus/server'

const server = new Server({
  address: '127.0.0.1',
  port: Number(process.env.PORT),
  quiet: true,
  extensions: [new SQLite({ database: process.env.DATABASE })],
})
await server.listen()
console.log(`running at ws://127.0.0.1:${process.env.PORT}`)
