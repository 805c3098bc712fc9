export { resolveActors } from './actors.ts'
export { type Gender, genderOfName, genderOfWord } from './gender.ts'
export { normaliseRole, roleKind } from './roles.ts'
