/** Nobody of that id in the meetings of the series. */
export class SeriesPersonNotFoundError extends Error {
  override name = 'SeriesPersonNotFoundError'
  constructor() {
    super('Nobody of that id is in the minutes of this series.')
  }
}
