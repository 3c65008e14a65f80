import { Hono } from 'hono'

/** A service the server depends on (the database, Redis), asked on every probe. */
export interface HealthCheck {
  name: string
  isReachable(): Promise<boolean>
}

/** A probe that hangs counts as unreachable: a load balancer must not wait on a stuck database. */
const probeTimeoutMs = 2_000

/**
 * `/healthz`: the process is alive, and how each service answers. `/readyz`: 503 while any
 * service is unreachable, so that a load balancer sends new connections elsewhere meanwhile.
 */
export function healthRoutes(checks: readonly HealthCheck[]): Hono {
  const routes = new Hono()
  const probe = async () => {
    const states = await Promise.all(
      checks.map(async (check) => [check.name, await isReachable(check)] as const),
    )
    return {
      ready: states.every(([, reachable]) => reachable),
      services: Object.fromEntries(
        states.map(([name, reachable]) => [name, reachable ? 'ok' : 'unreachable']),
      ),
    }
  }
  routes.get('/healthz', async (c) => c.json({ status: 'ok', ...(await probe()).services }))
  routes.get('/readyz', async (c) => {
    const { ready, services } = await probe()
    return c.json({ status: ready ? 'ready' : 'unavailable', ...services }, ready ? 200 : 503)
  })
  return routes
}

async function isReachable(check: HealthCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), probeTimeoutMs)
  })
  try {
    return await Promise.race([check.isReachable().catch(() => false), timedOut])
  } finally {
    clearTimeout(timer)
  }
}
