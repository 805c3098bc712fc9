export { ACTS_METHOD, detectActs } from './acts.ts'
