export { DocxImportError, type DocxProblem } from './docx/DocxImportError'
export { hasZipSignature } from './docx/hasZipSignature'
export { importDocx } from './docx/importDocx'
export { type ArchiveLimits, archiveLimits, readZipDirectory } from './docx/readZipDirectory'
export {
  type ImportCounts,
  type ImportFormat,
  type ImportOptions,
  type ImportReport,
  type ImportResult,
  type RecognisedBlock,
  type RecognisedKind,
  recognisedKinds,
  type UnrecognisedLine,
} from './ImportResult'
export { importMinutes } from './importMinutes'
export { minutesToText } from './minutesToText'
export { missingWords } from './missingWords'
export { suggestTitle } from './suggestTitle'
