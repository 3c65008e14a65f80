export type {
  ImportFormat,
  ImportOptions,
  ImportReport,
  ImportResult,
  RecognisedBlock,
  RecognisedKind,
  UnrecognisedLine,
} from './ImportResult'
export { importMinutes } from './importMinutes'
export { minutesToText } from './minutesToText'
export { missingWords } from './missingWords'
