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

/** What the resolver reads of a name: its parts, romanised key, exact key and block. */
interface NameInfo {
  readonly parts: readonly string[]
  readonly key: string
  readonly exact: string
  readonly block: string
}

function nameInfo(name: string): NameInfo {
  const parts = nameParts(name)
  return {
    parts,
    key: parts.map(romanised).join(' '),
    exact: parts.join(' '),
    block: partBlock(parts.at(-1) ?? ''),
  }
}

/** {@link nameInfo}, worked out once per distinct name: many article actors share a name. */
function nameInfos(): (name: string) => NameInfo {
  const known = new Map<string, NameInfo>()
  return (name) => {
    let info = known.get(name)
    if (info === undefined) {
      info = nameInfo(name)
      known.set(name, info)
    }
    return info
  }
}

function seen(item: ArticleActor, info: (name: string) => NameInfo): Seen {
  const own = info(item.actor.name)
  return {
    item,
    key: own.key,
    exact: own.exact,
    forms: [item.actor.name, ...item.actor.aliases].map((n) => info(n).key),
    parts: own.parts,
    heads: roleHeads(item.actor.roles),
  }
}

const exactKey = (name: string): string => nameParts(name).join(' ')
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
  forms: new Set([entry.name, ...(entry.aliases ?? [])].map((n) => nameInfo(n).key)),
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
  const info = nameInfos()
  const clusters = new Clusters(registry.map(seed))
  // full names first, so that a bare surname finds the people it could be
  const ordered = items
    .map((item) => ({ item, size: info(item.actor.name).parts.length }))
    .sort((a, b) => b.size - a.size)
    .map((x) => x.item)
  for (const item of ordered) {
    const { block } = info(item.actor.name)
    const s = seen(item, info)
    const top = bestFit(clusters.seeded, clusters.inBlock(block), s, clusters.named(block, s))
    if (top) clusters.join(top.c, block, s, top.e)
    else clusters.start(block, s)
  }
  return finish(
    clusters.all.filter((c) => c.items.length > 0 || c.entry),
    info,
  )
}

/**
 * The clusters made so far: the registry's, then the others by the block of their name's last
 * part (outside its block an actor fits no cluster but the registry's, whose aliases may be
 * anything, so each actor is compared with a few), and, by block, kind and form, the first made of
 * a block's clusters to hold a form: most article actors share a name already seen, and join its
 * cluster without a comparison.
 */
class Clusters {
  readonly all: Cluster[]
  private readonly byBlock = new Map<string, Cluster[]>()
  private readonly byForm = new Map<string, { c: Cluster; made: number }>()
  private readonly made = new Map<Cluster, number>()

  constructor(readonly seeded: readonly Cluster[]) {
    this.all = [...seeded]
  }

  inBlock(block: string): readonly Cluster[] {
    return this.byBlock.get(block) ?? []
  }

  named(block: string, s: Seen): Cluster | undefined {
    return this.byForm.get(formKey(block, s.item.actor.kind, s.key))?.c
  }

  join(c: Cluster, block: string, s: Seen, e: MergeEvidence): void {
    c.items.push(s.item)
    for (const h of s.heads) c.heads.add(h)
    c.evidence.push(e)
    this.addForm(c, block, s.key)
  }

  start(block: string, s: Seen): void {
    const { name, kind } = s.item.actor
    const cluster: Cluster = {
      name,
      parts: [...s.parts],
      kind,
      forms: new Set(),
      items: [s.item],
      heads: new Set(s.heads),
      evidence: [{ name, article: s.item.article, reason: 'same-name', confidence: 1 }],
    }
    this.all.push(cluster)
    this.made.set(cluster, this.made.size)
    this.addForm(cluster, block, s.key)
    const inBlock = this.byBlock.get(block)
    if (inBlock) inBlock.push(cluster)
    else this.byBlock.set(block, [cluster])
  }

  private addForm(c: Cluster, block: string, form: string): void {
    c.forms.add(form)
    const at = this.made.get(c)
    if (at === undefined) return // the registry's clusters are compared with every actor anyway
    const k = formKey(block, c.kind, form)
    const held = this.byForm.get(k)
    if (!held || at < held.made) this.byForm.set(k, { c, made: at })
  }
}

const formKey = (block: string, kind: string, form: string) => `${block}\u0000${kind}\u0000${form}`

/**
 * The cluster an article's actor joins, with why, or undefined when it starts its own: the best
 * fit among the registry's clusters, then the block's (most confident first, earliest first among
 * equals); a bare surname that fits two people fits neither. `sameName`, the block's first cluster
 * holding the actor's form, stands for the block's comparisons when no registry entry claims the
 * actor outright: nothing else fits as well.
 */
function bestFit(
  seeded: readonly Cluster[],
  inBlock: readonly Cluster[],
  s: Seen,
  sameName: Cluster | undefined,
): { c: Cluster; e: MergeEvidence } | undefined {
  const fitsOf = (cs: readonly Cluster[]) =>
    cs.flatMap((c) => {
      const e = fit(c, s)
      return e ? [{ c, e }] : []
    })
  const registry = fitsOf(seeded)
  const claimed = registry.find((x) => x.e.confidence === 1)
  if (claimed) return claimed
  if (sameName) {
    const e = {
      name: s.item.actor.name,
      article: s.item.article,
      reason: 'same-name',
      confidence: 1,
    } as const
    return { c: sameName, e }
  }
  const best = [...registry, ...fitsOf(inBlock)].sort((x, y) => y.e.confidence - x.e.confidence)
  const top = best[0]
  const ambiguous = top?.e.reason === 'surname' && best.filter((x) => x.e.reason === 'surname').length > 1
  return top && !ambiguous ? top : undefined
}

/** The first of the items with the most name parts. */
function longestNamed(items: readonly ArticleActor[], info: (name: string) => NameInfo) {
  let longest: ArticleActor | undefined
  let size = -1
  for (const item of items) {
    const n = info(item.actor.name).parts.length
    if (n > size) {
      longest = item
      size = n
    }
  }
  return longest
}

function finish(clusters: readonly Cluster[], info: (name: string) => NameInfo): CanonicalActor[] {
  const used = new Set<string>()
  return clusters.map((c) => {
    const longest = longestNamed(c.items, info)
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
