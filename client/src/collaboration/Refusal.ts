/**
 * The server refused a change (close 4403) and the session that held it was replaced. What this
 * device had that the server had not is kept here, to be put back in the fresh session.
 */
export interface Refusal {
  /** The server's reason, as it sent it. */
  reason: string
  /** The whole state of the replaced Y.Doc: the server's part of it changes nothing when merged. */
  unsavedState: Uint8Array
  /**
   * False when the refusal came right after work was put back: putting it back again would only
   * be refused again, so everything is listed for the person instead.
   */
  mayRestore: boolean
}

/** A passage of the person's unsaved work that could not be put back, with its words. */
export interface RefusedPassage {
  text: string
  reason: string
  /** The person had removed this text; it is still in the minutes. */
  isRemoval: boolean
}

/** What the person reads after a refusal: only shown when some of their work was not accepted. */
export interface RefusalReport {
  reason: string
  passages: RefusedPassage[]
}

/** One passage's identity: the same words refused for the same reason are listed once. */
export function passageKey({ text, reason, isRemoval }: RefusedPassage): string {
  return `${isRemoval}\u0000${reason}\u0000${text}`
}
