/** What a node view may do with one of its chips: open it after inserting a block (focus then returns to the text). */
export interface ChipHandle {
  open: () => void
}
