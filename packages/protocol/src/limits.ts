// The numbers both sides enforce, apart from the schemas, so a client that needs only a number
// does not bundle Zod with it.

export const minPasswordLength = 10
export const defaultInvitationDays = 14
export const maxInvitationDays = 90
/** The largest file `POST /api/docs/import` takes; the client checks it before uploading. */
export const maxImportBytes = 5 * 1024 * 1024
