export { exportDocx } from './docx/exportDocx'
export { exportMinutes } from './exportMinutes'
export { exportHtml } from './html/exportHtml'
export { exportJson, type MinutesJson } from './json/exportJson'
export {
  type ExportFormat,
  exportFormats,
  isExportFormat,
  type MinutesExport,
  type SignOff,
} from './MinutesExport'
export { exportMarkdown } from './markdown/exportMarkdown'
export { buildRenderModel, InvalidMinutesContentError } from './model/buildRenderModel'
export type { RenderModel } from './model/RenderModel'
export { exportPdf } from './pdf/exportPdf'
export { exportRegisterDocx, type RegisterExport } from './register/exportRegisterDocx'
