export { findMentions } from './mentions.ts'
export { toWords, type Word } from './words.ts'
