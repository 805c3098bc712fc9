export { evidenceFor, labelOf, readCues } from './classify.ts'
export { STANCE_METHOD, scoreStance } from './stance.ts'
export { topicMatcher } from './terms.ts'
