import assert from 'node:assert/strict'
// biome-ignore lint/style/noRestrictedImports: the test reads its labelled pairs from disk; the stage does no I/O
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, test } from 'node:test'
import type { ActorId, Role } from '../../core/index.ts'
import { actorId } from '../../core/index.ts'
import { type ArticleActor, type RegistryEntry, resolveCorpusActors } from './corpus.ts'
import { roleKind } from './roles.ts'

interface Side {
  name: string
  role: string | null
  published: string
  aliases: string[]
}
interface Pair {
  a: Side
  b: Side
  same: boolean
  note: string
  others: Side[]
}

const pairs = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'fixtures/actor-pairs.json'), 'utf8'),
) as Pair[]

const role = (title: string | null): Role[] =>
  title ? [{ kind: roleKind(title), title, evidence: { start: 0, end: 0 } }] : []

const item = (side: Side, article: string): ArticleActor => ({
  article,
  published: side.published,
  actor: {
    id: actorId(side.name),
    name: side.name,
    kind: 'person',
    roles: role(side.role),
    aliases: side.aliases,
  },
})

/** Are the two sides one canonical actor once the pair (and its context) is resolved? */
function merged(p: Pair, registry: RegistryEntry[] = []): boolean {
  const items = [item(p.a, 'a'), item(p.b, 'b'), ...p.others.map((o, i) => item(o, `c${i}`))]
  const actors = resolveCorpusActors(items, registry)
  const of = (article: string) => actors.find((c) => c.members.some((m) => m.article === article))?.id
  return of('a') === of('b')
}

describe('cross-article identity on the labelled pairs', () => {
  const results = pairs.map((p) => ({ p, predicted: merged(p) }))
  const tp = results.filter((r) => r.p.same && r.predicted).length
  const fp = results.filter((r) => !r.p.same && r.predicted).length
  const fn = results.filter((r) => r.p.same && !r.predicted).length
  const precision = tp / (tp + fp)
  const recall = tp / (tp + fn)

  test(`at least 40 pairs (${pairs.length})`, () => assert.ok(pairs.length >= 40))
  test(`merge precision ${precision.toFixed(3)} ≥ 0.98: people who share a surname stay apart`, () => {
    const wrong = results.filter((r) => !r.p.same && r.predicted).map((r) => `${r.p.a.name} ~ ${r.p.b.name}`)
    assert.ok(precision >= 0.98, `false merges: ${wrong.join('; ')}`)
  })
  test(`merge recall ${recall.toFixed(3)} ≥ 0.9: spellings and surnames join`, () => {
    const missed = results
      .filter((r) => r.p.same && !r.predicted)
      .map((r) => `${r.p.a.name} ~ ${r.p.b.name} (${r.p.note})`)
    assert.ok(recall >= 0.9, `missed merges: ${missed.join('; ')}`)
  })
})

describe('registry overrides', () => {
  const biden: Pair = {
    a: { name: 'Joseph R. Biden Jr.', role: 'President', published: '2024-01-01', aliases: [] },
    b: { name: 'Joe Biden', role: 'President', published: '2024-02-01', aliases: [] },
    same: true,
    note: 'nickname',
    others: [],
  }
  test('a pinned alias forces a merge the names alone do not allow', () => {
    assert.equal(merged(biden), false)
    assert.equal(
      merged(biden, [{ name: 'Joe Biden', aliases: ['Joseph R. Biden Jr.', 'Joseph Biden'] }]),
      true,
    )
  })
  test('a forbidden merge keeps two spellings apart', () => {
    const twins: Pair = {
      a: { name: 'Hamid Rasaee', role: 'member of parliament', published: '2025-01-01', aliases: [] },
      b: { name: 'Hamid Rasae', role: 'member of parliament', published: '2025-02-01', aliases: [] },
      same: false,
      note: 'forbidden',
      others: [],
    }
    assert.equal(merged(twins), true)
    assert.equal(merged(twins, [{ name: 'Hamid Rasaee', never: ['Hamid Rasae'] }]), false)
  })
  test('a forbidden spelling keeps only that spelling out, not the entry’s own name', () => {
    // Ghasemi and Qasemi fold to one key: forbidding one must not empty the entry of the other
    const a = { name: 'Ali Ghasemi', role: 'spokesman', published: '2025-01-01', aliases: [] }
    const b = { name: 'Ali Qasemi', role: 'governor', published: '2025-02-01', aliases: [] }
    const actors = resolveCorpusActors(
      [item(a, 'x'), item(b, 'y'), item({ ...a, published: '2025-03-01' }, 'z')],
      [{ name: 'Ali Ghasemi', never: ['Ali Qasemi'] }],
    )
    const entry = actors.find((x) => x.name === 'Ali Ghasemi')
    assert.deepEqual(entry?.members.map((m) => m.article).sort(), ['x', 'z'])
    const other = actors.find((x) => x.name === 'Ali Qasemi')
    assert.deepEqual(
      other?.members.map((m) => m.article),
      ['y'],
    )
  })
  test('labels, a stable id and roles over time come from the registry and the articles', () => {
    const actors = resolveCorpusActors(
      [
        item(
          { name: 'Abbas Araghchi', role: 'deputy foreign minister', published: '2019-05-01', aliases: [] },
          'x',
        ),
        item({ name: 'Abbas Araqchi', role: 'Foreign Minister', published: '2024-09-01', aliases: [] }, 'y'),
        item({ name: 'Araghchi', role: 'Foreign Minister', published: '2025-02-01', aliases: [] }, 'z'),
      ],
      [
        {
          name: 'Abbas Araghchi',
          id: 'araghchi',
          camp: 'government',
          country: 'Iran',
          affiliation: 'Foreign Ministry',
        },
      ],
    )
    assert.equal(actors.length, 1)
    const [a] = actors
    assert.equal(a!.id, 'araghchi' as ActorId)
    assert.deepEqual(a!.labels, { country: 'Iran', affiliation: 'Foreign Ministry', camp: 'government' })
    assert.deepEqual(
      a!.roles.map((r) => [r.title, r.first, r.last]),
      [
        ['Foreign Minister', '2024-09-01', '2025-02-01'],
        ['deputy foreign minister', '2019-05-01', '2019-05-01'],
      ],
    )
    assert.ok(a!.evidence.every((e) => e.confidence > 0 && e.reason.length > 0))
  })
})
