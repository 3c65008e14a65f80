/**
 * How deeply blocks may nest (a list in a list item in a section counts three). Real minutes
 * stay under ten; the bound keeps every walk over a document, on the server and in the
 * exports, linear and within the stack.
 */
export const maxBlockDepth = 32
