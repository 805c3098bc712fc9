export { findMentions } from './mentions.ts'
export { toWords } from './words.ts'
