import { defaultTitle } from '@minutes/protocol'

/**
 * The title new minutes get: the one given (already checked by `Title`), else the one an
 * imported file suggests, else "Untitled minutes".
 */
export function decideTitle(given: string | undefined, suggested?: string): string {
  return given ?? (suggested?.trim() || defaultTitle)
}
