export { dateDocument, inferPublished } from './dates.ts'
