/** Who this browser is, as others see them in presence and carets (the server's name and colour). */
export interface LocalUser {
  name: string
  color: string
}
