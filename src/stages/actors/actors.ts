import type {
  Actor,
  ActorId,
  Mention,
  Role,
  Span,
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

const compatible = (c: Chain, parts: readonly string[]): boolean =>
  c.kind === 'person' && (nameMatches(c.parts, parts) || nameMatches(parts, c.parts))

/** The chain a full name or an institution's name belongs to, if one exists. */
function findChain(chains: readonly Chain[], m: Mention, parts: readonly string[]): Chain | undefined {
  if (m.kind === 'org') return chains.find((c) => c.kind === 'org' && c.parts.join(' ') === parts.join(' '))
  return chains.find((c) => compatible(c, parts))
}

/**
 * The person a bare surname refers to: of the people it fits, the one mentioned last before it
 * (with two Larijanis about, the latest), else the first one named after it (a headline's surname).
 */
function chainForSurname(chains: readonly Chain[], m: Mention, parts: readonly string[]): Chain | undefined {
  let best: Chain | undefined
  let bestAt = -1
  let firstAfter: Chain | undefined
  let firstAfterAt = Number.POSITIVE_INFINITY
  for (const c of chains) {
    if (!compatible(c, parts)) continue
    for (const x of c.mentions) {
      if (x.span.start < m.span.start && x.span.start > bestAt) [best, bestAt] = [c, x.span.start]
      if (x.span.start > m.span.start && x.span.start < firstAfterAt)
        [firstAfter, firstAfterAt] = [c, x.span.start]
    }
  }
  return best ?? firstAfter
}

/** Is the possessor of a role ("Khamenei’s representative") a person? Places and institutions are not. */
function possessorIsPerson(doc: WithMentions, role: Span): boolean {
  const m = doc.mentions.find(
    (x) => x.form === 'name' && x.span.start >= role.start && x.span.end <= role.end,
  )
  return m !== undefined && m.possessive === true && (m.kind === 'person' || m.kind === 'other')
}

/** Chambers whose officers news names without saying of what: "deputy speaker Ali Nikzad". */
const CHAMBER =
  /\b(parliament|congress|senate|assembly|house of representatives|knesset|duma|majlis|majles|bundestag)\b/i

/** "speaker" alone names an office of a chamber; the chamber the sentence names completes it. */
function withChamber(doc: WithMentions, title: string, at: Span): string {
  if (!/\bspeaker$/i.test(title)) return title
  const sentence = doc.sentences.find((s) => s.span.start <= at.start && at.start < s.span.end)
  const chamber = sentence ? CHAMBER.exec(sliceSpan(doc, sentence.span)) : null
  return chamber ? `${title} of ${chamber[1]!.toLowerCase()}` : title
}

function addRole(doc: WithMentions, chain: Chain, m: Mention): void {
  if (!m.role) return
  const stated = normaliseRole(sliceSpan(doc, m.role), () => possessorIsPerson(doc, m.role!))
  const title = stated && withChamber(doc, stated, m.role)
  if (title && !chain.roles.some((r) => r.title.toLowerCase() === title.toLowerCase())) {
    chain.roles.push({ kind: roleKind(title), title, evidence: m.role })
  }
}

/**
 * Chains name mentions: full names and their spelling variants first, then bare surnames, so that a
 * surname before the full name (a headline's "Khamenei") still joins it.
 */
function chainNames(doc: WithMentions): Chain[] {
  const chains: Chain[] = []
  const names = doc.mentions.filter((m) => m.form === 'name' && m.kind !== 'place')
  const partsOf = new Map(names.map((m) => [m, nameParts(sliceSpan(doc, m.span))]))
  for (const m of names) {
    const parts = partsOf.get(m)!
    if (m.kind !== 'org' && (m.kind !== 'person' || parts.length < 2)) continue
    const found = findChain(chains, m, parts)
    if (found) found.mentions.push(m)
    else chains.push({ name: sliceSpan(doc, m.span), parts, kind: m.kind, mentions: [m], roles: [] })
  }
  for (const m of names) {
    const parts = partsOf.get(m)!
    if (m.kind === 'org' || (m.kind === 'person' && parts.length >= 2)) continue
    const found = chainForSurname(chains, m, parts)
    if (found) found.mentions.push(m)
    else if (m.kind === 'person')
      chains.push({ name: sliceSpan(doc, m.span), parts, kind: 'person', mentions: [m], roles: [] })
  }
  for (const c of chains) {
    c.mentions.sort((a, b) => a.span.start - b.span.start)
    for (const m of c.mentions) addRole(doc, c, m)
  }
  return chains.sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start)
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
