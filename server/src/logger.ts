export interface Logger {
  info(message: string): void
  warn(message: string, error?: unknown): void
  error(message: string, error?: unknown): void
}

/** Plain lines on stdout/stderr: the server's only output, read by people and by the e2e harness. */
export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warn: (message, error) => console.warn(message, ...(error === undefined ? [] : [error])),
  error: (message, error) => console.error(message, ...(error === undefined ? [] : [error])),
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} }
