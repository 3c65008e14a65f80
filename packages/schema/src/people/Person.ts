/** Name of the Y.Map, beside the content, that holds the document's people by id. */
export const PEOPLE_MAP_NAME = 'people'

/** Someone named in the minutes; stored once per document and referred to by id. */
export interface Person {
  id: string
  name: string
  organisation?: string
}
