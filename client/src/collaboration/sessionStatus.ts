import { CloseCode } from '@minutes/protocol'
import type { RefusalReport } from './Refusal'

export type ConnectionState = 'connected' | 'connecting' | 'offline'

export type SessionFailure = { kind: 'not-found' } | { kind: 'error'; message: string }

export interface SessionStatus {
  connection: ConnectionState
  /** Local changes made while not connected; cleared once the server has synced again. */
  unsyncedChanges: number
  /** Content can be shown: the server synced, or the local copy had content. */
  isLoaded: boolean
  /** Synced with the server at least once since the document was opened. */
  hasSynced: boolean
  /** The local (IndexedDB) copy was read and held nothing, so there is nothing to show offline. */
  isLocalCopyEmpty: boolean
  /** A close the provider will not retry by itself: the document is gone or the server failed. */
  failure: SessionFailure | null
  isSynced: boolean
  isBrowserOffline: boolean
  /** The connection has been down for a while, not just between two attempts. */
  isLostForAWhile: boolean
  /** Work of this person's the server did not accept, with its text, until they dismiss it. */
  notice: RefusalReport | null
}

export type SessionEvent =
  | { type: 'synced' }
  | { type: 'connection-lost' }
  | { type: 'still-lost' }
  | { type: 'browser-offline' }
  | { type: 'browser-online' }
  | { type: 'local-change' }
  | { type: 'local-copy-loaded'; hasContent: boolean }
  | { type: 'closed'; code: number; reason: string }
  | { type: 'retry' }
  | { type: 'refusal-reported'; report: RefusalReport }
  | { type: 'notice-dismissed' }

export function initialSessionStatus(isBrowserOffline: boolean): SessionStatus {
  return withConnection({
    connection: 'connecting',
    unsyncedChanges: 0,
    isLoaded: false,
    hasSynced: false,
    isLocalCopyEmpty: false,
    failure: null,
    isSynced: false,
    isBrowserOffline,
    isLostForAWhile: false,
    notice: null,
  })
}

/** The whole life of one open document's connection, as a pure state transition. */
export function reduceSessionStatus(status: SessionStatus, event: SessionEvent): SessionStatus {
  switch (event.type) {
    case 'synced':
      return withConnection({
        ...status,
        isSynced: true,
        hasSynced: true,
        isLoaded: true,
        isLostForAWhile: false,
        unsyncedChanges: 0,
        failure: status.failure?.kind === 'not-found' ? status.failure : null,
      })
    case 'connection-lost':
      return withConnection({ ...status, isSynced: false })
    case 'still-lost':
      return status.isSynced ? status : withConnection({ ...status, isLostForAWhile: true })
    case 'browser-offline':
      return withConnection({ ...status, isBrowserOffline: true, isSynced: false })
    case 'browser-online':
      return withConnection({ ...status, isBrowserOffline: false })
    case 'local-change':
      return status.connection === 'connected'
        ? status
        : { ...status, unsyncedChanges: status.unsyncedChanges + 1 }
    case 'local-copy-loaded':
      return {
        ...status,
        isLoaded: status.isLoaded || event.hasContent,
        isLocalCopyEmpty: !event.hasContent,
      }
    case 'closed':
      return withConnection({
        ...status,
        isSynced: false,
        isLostForAWhile: true,
        failure: failureOf(event.code, event.reason, status.isLoaded),
      })
    case 'retry':
      return withConnection({ ...status, failure: null, isLostForAWhile: false })
    case 'refusal-reported':
      // Only a refusal that cost the person something is worth their attention.
      return event.report.passages.length === 0 ? status : { ...status, notice: event.report }
    case 'notice-dismissed':
      return status.notice === null ? status : { ...status, notice: null }
  }
}

function withConnection(status: SessionStatus): SessionStatus {
  const connection: ConnectionState =
    status.isSynced && !status.isBrowserOffline
      ? 'connected'
      : status.isBrowserOffline || status.isLostForAWhile
        ? 'offline'
        : 'connecting'
  return status.connection === connection ? status : { ...status, connection }
}

function failureOf(code: number, reason: string, isLoaded: boolean): SessionFailure {
  switch (code) {
    case CloseCode.documentNotFound:
      return { kind: 'not-found' }
    case CloseCode.serverError:
      return {
        kind: 'error',
        message: isLoaded
          ? 'The server could not load these minutes. Your changes are kept on this device; try again in a moment.'
          : 'The server could not load these minutes. Try again in a moment.',
      }
    case CloseCode.unauthorized:
      return { kind: 'error', message: 'Sign in, or open your invitation link again.' }
    case CloseCode.messageTooBig:
      return {
        kind: 'error',
        message:
          'A change was too large for the server to accept. Undo the last large paste, then try again.',
      }
    case CloseCode.malformedMessage:
      return {
        kind: 'error',
        message:
          'The server could not read a change from this editor. Reload the page to continue.',
      }
    default:
      return {
        kind: 'error',
        message: `The server closed the connection${reason ? `: ${reason}` : ''} (code ${code}).`,
      }
  }
}
