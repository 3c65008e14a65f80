export { CONTENT_FRAGMENT_NAME, minutesExtensions } from './minutesExtensions'
export { PEOPLE_MAP_NAME, type Person } from './people/Person'
export { Recommendation } from './recommendation/Recommendation'
export {
  type NumberedRecommendation,
  recommendationNumbers,
} from './recommendation/recommendationNumbers'
export { SpeakerSection } from './speaker-section/SpeakerSection'
