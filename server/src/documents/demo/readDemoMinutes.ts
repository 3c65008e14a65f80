import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type ImportResult, importMinutes } from '@minutes/import'
import { encodeMinutesState } from '../encodeMinutesState'

/** A fictional meeting, written for the demo: every name, body and figure in it is invented. */
const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo-minutes.txt')
export const demoTitle = 'Community Libraries APPG — 14 October 2025'

/** The demo minutes as the importer reads them, exactly as a clerk's own file would come in. */
export function readDemoMinutes(): ImportResult {
  return importMinutes(fs.readFileSync(demoFile, 'utf8'), { format: 'text' })
}

/** Encodes the demo minutes as one Yjs update: content and people register together. */
export function createDemoState(): Uint8Array {
  const { content, people } = readDemoMinutes()
  return encodeMinutesState(content, people)
}
