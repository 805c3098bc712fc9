export { resolveActors } from './actors.ts'
export {
  type ArticleActor,
  type CanonicalActor,
  type MergeEvidence,
  type RegistryEntry,
  type RoleOverTime,
  resolveCorpusActors,
} from './corpus.ts'
export { type Gender, genderOfName, genderOfWord } from './gender.ts'
export { normaliseRole, roleKind } from './roles.ts'
