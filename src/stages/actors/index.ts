export { resolveActors } from './actors.ts'
export { editDistance, nameMatches, nameParts, samePart } from './names.ts'
export { normaliseRole, roleKind } from './roles.ts'
