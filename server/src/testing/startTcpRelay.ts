import net from 'node:net'

export interface TcpRelay {
  /** The port to connect to instead of the target's. */
  port: number
  /** Drops every connection and refuses new ones, like a network cut or a stopped service. */
  cut(): void
  restore(): void
  close(): Promise<void>
}

/** A TCP relay on 127.0.0.1 to `targetPort`, which a test can cut: for outages of real services. */
export async function startTcpRelay(
  targetPort: number,
  targetHost = '127.0.0.1',
): Promise<TcpRelay> {
  const sockets = new Set<net.Socket>()
  let isCut = false
  const server = net.createServer((incoming) => {
    if (isCut) {
      incoming.destroy()
      return
    }
    const outgoing = net.connect(targetPort, targetHost)
    for (const socket of [incoming, outgoing]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {
        incoming.destroy()
        outgoing.destroy()
      })
    }
    incoming.pipe(outgoing)
    outgoing.pipe(incoming)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const destroyAll = () => {
    for (const socket of sockets) socket.destroy()
  }
  return {
    port: (server.address() as net.AddressInfo).port,
    cut: () => {
      isCut = true
      destroyAll()
    },
    restore: () => {
      isCut = false
    },
    close: async () => {
      destroyAll()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
