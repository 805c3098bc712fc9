export { tag } from './tag.ts'
