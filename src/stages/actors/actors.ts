import type {
  Actor,
  ActorId,
  Mention,
  Role,
  StageContext,
  WithActors,
  WithMentions,
} from '../../core/index.ts'
import { actorId, nameMatches, nameParts, sliceSpan } from '../../core/index.ts'
import { type Gender, genderOfName, genderOfWord } from './gender.ts'
import { normaliseRole, roleKind } from './roles.ts'

/** An actor while its chain is being built. */
interface Chain {
  name: string
  parts: string[]
  kind: 'person' | 'org'
  mentions: Mention[]
  roles: Role[]
}

const STOP_TITLE = new Set(['the', 'a', 'an', 'top', 'senior', 'former', 'then'])
const titleWords = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => !STOP_TITLE.has(w))

/** Does the title phrase ("the foreign minister") fit a role ("Foreign Minister")? */
function titleFits(title: string, role: string): boolean {
  const t = titleWords(title)
  const r = new Set(titleWords(role))
  return t.length > 0 && t.every((w) => r.has(w))
}

function findChain(chains: readonly Chain[], m: Mention, text: string): Chain | undefined {
  const parts = nameParts(sliceSpan({ text }, m.span))
  if (m.kind === 'org') return chains.find((c) => c.kind === 'org' && c.parts.join(' ') === parts.join(' '))
  // the most recent compatible person: with two Larijanis about, a bare "Larijani" is the latest one
  for (let i = chains.length - 1; i >= 0; i--) {
    const c = chains[i]!
    if (c.kind === 'person' && (nameMatches(c.parts, parts) || nameMatches(parts, c.parts))) return c
  }
  return undefined
}

function addRole(chain: Chain, m: Mention, text: string, chains: readonly Chain[]): void {
  if (!m.role) return
  const isPerson = (w: string) => {
    const parts = nameParts(w)
    return chains.some((c) => c.kind === 'person' && nameMatches(c.parts, parts))
  }
  const title = normaliseRole(sliceSpan({ text }, m.role), isPerson)
  if (title && !chain.roles.some((r) => r.title.toLowerCase() === title.toLowerCase())) {
    chain.roles.push({ kind: roleKind(title), title, evidence: m.role })
  }
}

/** Chains name mentions: full names, surnames and spelling variants of one person become one actor. */
function chainNames(doc: WithMentions): Chain[] {
  const chains: Chain[] = []
  for (const m of doc.mentions) {
    if (m.form !== 'name' || m.kind === 'place') continue
    const found = findChain(chains, m, doc.text)
    const surface = sliceSpan(doc, m.span)
    if (found) {
      found.mentions.push(m)
      // the first full name is the canonical one; a later longer form only replaces a bare surname
      if (found.parts.length === 1 && nameParts(surface).length > 1) {
        found.name = surface
        found.parts = nameParts(surface)
      }
    } else if (m.kind === 'person' || m.kind === 'org') {
      chains.push({ name: surface, parts: nameParts(surface), kind: m.kind, mentions: [m], roles: [] })
    } else continue
    addRole(found ?? chains[chains.length - 1]!, m, doc.text, chains)
  }
  return chains
}

/** Links definite role phrases ("the Supreme Leader") to the latest person who holds that role. */
function chainTitles(doc: WithMentions, chains: readonly Chain[]): void {
  for (const m of doc.mentions) {
    if (m.form !== 'title') continue
    const title = sliceSpan(doc, m.span)
    if (!/^the\b/i.test(title)) continue
    const holder = chains
      .filter((c) => c.kind === 'person' && c.mentions[0]!.span.start < m.span.start)
      .filter((c) => c.roles.some((r) => titleFits(title, r.title)))
      .at(-1)
    holder?.mentions.push(m)
  }
}

/** Gender evidence for a person: honorifics and role words at any mention, else the given name. */
function genderOf(doc: WithMentions, c: Chain): Gender | undefined {
  for (const m of c.mentions) {
    if (!m.role) continue
    for (const word of sliceSpan(doc, m.role).split(/\s+/)) {
      const g = genderOfWord(word)
      if (g) return g
    }
  }
  for (const r of c.roles) {
    for (const word of r.title.split(/\s+/)) {
      const g = genderOfWord(word)
      if (g) return g
    }
  }
  return genderOfName(c.name)
}

/**
 * Groups the mentions of each person and institution into actors, with their roles and aliases.
 * Pronouns are left to the quotes stage, which resolves the ones that name speakers.
 * @example resolveActors(withMentions, ctx).actors.map((a) => a.name) // ['Ali Khamenei', …]
 */
export function resolveActors(doc: WithMentions, _ctx: StageContext): WithActors {
  const chains = chainNames(doc)
  chainTitles(doc, chains)
  const byMention = new Map<string, ActorId>()
  const used = new Set<string>()
  const actors: Actor[] = chains.map((c) => {
    let id = actorId(c.name)
    for (let n = 2; used.has(id); n++) id = `${actorId(c.name)}-${n}` as ActorId
    used.add(id)
    for (const m of c.mentions) byMention.set(m.id, id)
    const aliases = [...new Set(c.mentions.map((m) => sliceSpan(doc, m.span)))].filter((a) => a !== c.name)
    const gender = c.kind === 'person' ? genderOf(doc, c) : undefined
    return {
      id,
      name: c.name,
      kind: c.kind,
      mentions: c.mentions.map((m) => m.id),
      roles: c.roles,
      aliases,
      ...(gender ? { gender } : {}),
    }
  })
  const mentions = doc.mentions.map((m) => {
    const actor = byMention.get(m.id)
    return actor ? { ...m, actor } : m
  })
  return { ...doc, mentions, actors }
}
