/** A recommendation that is not in the series' register (any more). */
export class RecommendationNotFoundError extends Error {
  override name = 'RecommendationNotFoundError'
  constructor() {
    super('There is no such recommendation in the minutes of this series.')
  }
}
