import type { Actor, ActorId, Role } from '../../core/index.ts'
import { actorId, nameMatches, nameParts, partBlock, romanised } from '../../core/index.ts'

/** An article's actor, as the corpus resolver sees it. */
export interface ArticleActor {
  readonly article: string
  /** ISO date of the article, for roles over time. */
  readonly published: string | null
  readonly actor: Pick<Actor, 'id' | 'name' | 'kind' | 'roles' | 'aliases'> & {
    readonly gender?: Actor['gender']
  }
}

/** An analyst's entry in the registry: what it says overrides automatic decisions. */
export interface RegistryEntry {
  readonly name: string
  readonly id?: string
  readonly aliases?: readonly string[]
  /** Names never to merge with this actor. */
  readonly never?: readonly string[]
  readonly country?: string
  readonly affiliation?: string
  readonly camp?: string
}

export interface MergeEvidence {
  /** The member's name as its article gives it. */
  readonly name: string
  readonly article: string
  readonly reason: 'registry' | 'same-name' | 'name-variant' | 'surname-and-role' | 'surname'
  readonly confidence: number
}

export interface RoleOverTime {
  readonly title: string
  readonly kind: Role['kind']
  readonly first: string | null
  readonly last: string | null
  readonly articles: number
}

/** One person or institution across the corpus. */
export interface CanonicalActor {
  readonly id: ActorId
  readonly name: string
  readonly kind: Actor['kind']
  readonly aliases: readonly string[]
  readonly roles: readonly RoleOverTime[]
  readonly members: readonly { readonly article: string; readonly actor: ActorId }[]
  readonly evidence: readonly MergeEvidence[]
  readonly labels: { readonly country?: string; readonly affiliation?: string; readonly camp?: string }
}

interface Cluster {
  name: string
  parts: string[]
  kind: Actor['kind']
  entry?: RegistryEntry
  forms: Set<string>
  items: ArticleActor[]
  /** The last words of its members' role titles ("minister"), for a bare surname to agree with. */
  heads: Set<string>
  evidence: MergeEvidence[]
}

/** What {@link fit} reads of an article's actor, worked out once per actor, not once per cluster. */
interface Seen {
  readonly item: ArticleActor
  readonly key: string
  /** The name's parts as written (case and accents folded, no romanisation): what `never` names. */
  readonly exact: string
  readonly forms: readonly string[]
  readonly parts: readonly string[]
  readonly heads: ReadonlySet<string>
}

function seen(item: ArticleActor, keyOf: (name: string) => string): Seen {
  return {
    item,
    key: keyOf(item.actor.name),
    exact: exactKey(item.actor.name),
    forms: [item.actor.name, ...item.actor.aliases].map(keyOf),
    parts: nameParts(item.actor.name),
    heads: roleHeads(item.actor.roles),
  }
}

const key = (name: string): string => nameParts(name).map(romanised).join(' ')
const exactKey = (name: string): string => nameParts(name).join(' ')
const blockOf = (name: string): string => partBlock(nameParts(name).at(-1) ?? '')
const roleHeads = (roles: readonly Role[]): Set<string> =>
  new Set(roles.map((r) => r.title.toLowerCase().split(/\s+/).at(-1) ?? ''))

/**
 * Whether the registry forbids this name in the cluster. `never` names a spelling exactly, since
 * romanisation folds the very spellings an analyst keeps apart (Ghasemi/Qasemi).
 */
function forbidden(c: Cluster, s: Seen): boolean {
  return (c.entry?.never ?? []).some((n) => exactKey(n) === s.exact)
}

/** Why an article's actor belongs to a cluster, or undefined when it does not. */
function fit(c: Cluster, s: Seen): MergeEvidence | undefined {
  const { name, kind } = s.item.actor
  const base = { name, article: s.item.article }
  if (c.kind !== kind || forbidden(c, s)) return undefined
  if (c.entry && s.forms.some((f) => c.forms.has(f))) return { ...base, reason: 'registry', confidence: 1 }
  if (c.forms.has(s.key)) return { ...base, reason: 'same-name', confidence: 1 }
  if (kind === 'org') return undefined
  const { parts } = s
  if (parts.length > 1 && c.parts.length > 1) {
    return nameMatches(c.parts, parts) && nameMatches(parts, c.parts)
      ? { ...base, reason: 'name-variant', confidence: 0.9 }
      : undefined
  }
  if (parts.length === 1 && nameMatches(c.parts, parts)) {
    const shared = [...s.heads].some((h) => c.heads.has(h))
    return shared
      ? { ...base, reason: 'surname-and-role', confidence: 0.85 }
      : { ...base, reason: 'surname', confidence: 0.6 }
  }
  return undefined
}

/** Roles with the first and last dates they were seen, most frequent first. */
function rolesOverTime(items: readonly ArticleActor[]): RoleOverTime[] {
  const byTitle = new Map<
    string,
    { title: string; kind: Role['kind']; dates: string[]; articles: Set<string> }
  >()
  for (const i of items) {
    for (const r of i.actor.roles) {
      const k = r.title.toLowerCase()
      const entry = byTitle.get(k) ?? { title: r.title, kind: r.kind, dates: [], articles: new Set<string>() }
      if (i.published) entry.dates.push(i.published)
      entry.articles.add(i.article)
      byTitle.set(k, entry)
    }
  }
  return [...byTitle.values()]
    .map((e) => {
      const dates = e.dates.sort()
      return {
        title: e.title,
        kind: e.kind,
        first: dates[0] ?? null,
        last: dates.at(-1) ?? null,
        articles: e.articles.size,
      }
    })
    .sort((a, b) => b.articles - a.articles || (a.first ?? '').localeCompare(b.first ?? ''))
}

const seed = (entry: RegistryEntry): Cluster => ({
  name: entry.name,
  parts: nameParts(entry.name),
  kind: 'person',
  entry,
  forms: new Set([entry.name, ...(entry.aliases ?? [])].map(key)),
  items: [],
  heads: new Set(),
  evidence: [],
})

/**
 * One identity per person or institution across articles. Full names and their spellings merge
 * (Araghchi/Araqchi, Kim Yo Jong/Kim Yo-jong); people who share a surname stay apart unless their
 * given names agree; a bare surname joins the only person it fits, preferring one with the same role,
 * and stays apart when two fit. Registry entries pin aliases, forbid merges and label actors.
 * @example resolveCorpusActors(articles.flatMap(toArticleActors), registry)
 */
export function resolveCorpusActors(
  items: readonly ArticleActor[],
  registry: readonly RegistryEntry[] = [],
): CanonicalActor[] {
  const clusters: Cluster[] = registry.map(seed)
  // Clusters by the block of their name's last part: outside its block an actor fits no cluster
  // but the registry's (whose aliases may be anything), so each actor is compared with a few.
  const seeded = [...clusters]
  const byBlock = new Map<string, Cluster[]>()
  // full names first, so that a bare surname finds the people it could be
  const ordered = items
    .map((item) => ({ item, size: nameParts(item.actor.name).length }))
    .sort((a, b) => b.size - a.size)
    .map((x) => x.item)
  // many article actors share a name: each name is folded once
  const keys = new Map<string, string>()
  const keyOf = (name: string): string => {
    let k = keys.get(name)
    if (k === undefined) {
      k = key(name)
      keys.set(name, k)
    }
    return k
  }
  for (const item of ordered) {
    const block = blockOf(item.actor.name)
    const candidates = [...seeded, ...(byBlock.get(block) ?? [])]
    const s = seen(item, keyOf)
    const fits = candidates.map((c) => ({ c, e: fit(c, s) })).filter((x) => x.e !== undefined)
    const best = fits.sort((x, y) => y.e!.confidence - x.e!.confidence)
    const top = best[0]
    const ambiguous =
      top && top.e!.reason === 'surname' && best.filter((x) => x.e!.reason === 'surname').length > 1
    if (top && !ambiguous) {
      top.c.items.push(item)
      for (const h of s.heads) top.c.heads.add(h)
      top.c.forms.add(s.key)
      top.c.evidence.push(top.e!)
      continue
    }
    const cluster: Cluster = {
      name: item.actor.name,
      parts: nameParts(item.actor.name),
      kind: item.actor.kind,
      forms: new Set([s.key]),
      items: [item],
      heads: new Set(s.heads),
      evidence: [{ name: item.actor.name, article: item.article, reason: 'same-name', confidence: 1 }],
    }
    clusters.push(cluster)
    const inBlock = byBlock.get(block)
    if (inBlock) inBlock.push(cluster)
    else byBlock.set(block, [cluster])
  }
  return finish(clusters.filter((c) => c.items.length > 0 || c.entry))
}

function finish(clusters: readonly Cluster[]): CanonicalActor[] {
  const used = new Set<string>()
  return clusters.map((c) => {
    const longest = [...c.items].sort(
      (a, b) => nameParts(b.actor.name).length - nameParts(a.actor.name).length,
    )[0]
    const name = c.entry?.name ?? longest?.actor.name ?? c.name
    let id = (c.entry?.id ?? actorId(name)) as ActorId
    for (let n = 2; used.has(id); n++) id = `${actorId(name)}-${n}` as ActorId
    used.add(id)
    const aliases = new Set([
      ...(c.entry?.aliases ?? []),
      ...c.items.flatMap((i) => [i.actor.name, ...i.actor.aliases]),
    ])
    aliases.delete(name)
    const { country, affiliation, camp } = c.entry ?? {}
    return {
      id,
      name,
      kind: c.kind,
      aliases: [...aliases],
      roles: rolesOverTime(c.items),
      members: c.items.map((i) => ({ article: i.article, actor: i.actor.id })),
      evidence: c.evidence,
      labels: {
        ...(country ? { country } : {}),
        ...(affiliation ? { affiliation } : {}),
        ...(camp ? { camp } : {}),
      },
    }
  })
}
