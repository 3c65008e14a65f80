// The floor: forwards every frame to every other socket on the same path, with no Y.Doc.
import { WebSocketServer } from 'ws'

const rooms = new Map()
const server = new WebSocketServer({
  host: '127.0.0.1',
  port: Number(process.env.PORT),
  perMessageDeflate: false,
})
server.on('listening', () => console.log(`running at ws://127.0.0.1:${process.env.PORT}`))
server.on('connection', (socket, request) => {
  const room = request.url ?? '/'
  let members = rooms.get(room)
  if (!members) {
    members = new Set()
    rooms.set(room, members)
  }
  members.add(socket)
  socket.on('message', (data, isBinary) => {
    for (const other of members) if (other !== socket) other.send(data, { binary: isBinary })
  })
  socket.on('close', () => {
    members.delete(socket)
    if (members.size === 0) rooms.delete(room)
  })
})
