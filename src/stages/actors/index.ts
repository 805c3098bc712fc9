export { resolveActors } from './actors.ts'
export { normaliseRole, roleKind } from './roles.ts'
