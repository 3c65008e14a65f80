/** The compiled server: `node server/dist/main.mjs` is what `npm start` runs. */
export const compiledServerEntry: string

/** Compiles the server into server/dist unless it is up to date; resolves with whether it built. */
export function buildServer(): Promise<boolean>
