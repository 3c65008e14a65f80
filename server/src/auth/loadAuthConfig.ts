import { ConfigError } from '../config'

export interface AuthConfig {
  /** Origin people open the app at; invitation and setup links start with it. */
  publicUrl: string
  /** A secretariat bearer token on every document, for automation and tests; off when unset. */
  adminToken: string | undefined
}

const minAdminTokenLength = 32

/** `MINUTES_PUBLIC_URL` (default http://localhost:$PORT) and `MINUTES_ADMIN_TOKEN`. */
export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return {
    publicUrl: readPublicUrl(env.MINUTES_PUBLIC_URL, env.PORT || '8787'),
    adminToken: readAdminToken(env.MINUTES_ADMIN_TOKEN),
  }
}

function readPublicUrl(raw: string | undefined, port: string): string {
  if (raw === undefined || raw === '') return `http://localhost:${port}`
  const problem = `MINUTES_PUBLIC_URL must be an http(s) origin such as https://minutes.example.org, without a path, not "${raw}"`
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(problem)
  }
  const isOrigin = url.pathname === '/' && url.search === '' && url.hash === '' && !url.username
  if (!['http:', 'https:'].includes(url.protocol) || !isOrigin) throw new ConfigError(problem)
  return url.origin
}

function readAdminToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined
  if (raw.length < minAdminTokenLength || /\s/.test(raw)) {
    throw new ConfigError(
      `MINUTES_ADMIN_TOKEN must be at least ${minAdminTokenLength} characters without spaces; make one with: openssl rand -base64 32`,
    )
  }
  return raw
}
