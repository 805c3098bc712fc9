import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Analyzed, Stance } from '../../core/index.ts'
import { assertSpans, sliceSpan } from '../../core/index.ts'
import { rawArticle } from '../../core/testing.ts'
import { analyze } from '../../pipeline.ts'
import { createContext } from '../cli/main.ts'
import { readTopicsFile } from '../config/topics-file.ts'
import { createMemoryStanceCache, openFileStanceCache, type StanceCache } from './cache.ts'
import { createChatClient } from './client.ts'
import { type RefineReport, refineStances } from './stance-llm.ts'
import { questionOf, type StubReply, type StubServer, startStubServer } from './stub-server.ts'

const TEXT = `Iran's foreign minister Abbas Araghchi spoke to reporters in Tehran on Monday about the nuclear file. "We are ready to negotiate, but not under pressure," Araghchi said.

A senior cleric, Ahmad Khatami, took a harder line in his Friday sermon. "Negotiating with America is the greatest poison, and we will never sit at that table," Khatami said.`
const ARAGHCHI = 'We are ready to negotiate, but not under pressure,'
const KHATAMI = 'Negotiating with America is the greatest poison, and we will never sit at that table,'
const TALKS = 'iran-us-talks'

const topics = await readTopicsFile(fileURLToPath(new URL('../../../examples/topics.yaml', import.meta.url)))
const doc = analyze(rawArticle(TEXT), { ...createContext(), topics })
const quoteId = (words: string) => doc.quotes.find((q) => sliceSpan(doc, q.span) === words)!.id

/** Scripted replies by statement (on the talks topic); every other pair is "not about it". */
type Script = Partial<Record<'araghchi' | 'khatami', StubReply>>
const notAbout: StubReply = {
  kind: 'answer',
  content: { about: false, label: 'neutral', confidence: 0.9, evidence: [] },
}
const VALID: Script = {
  araghchi: {
    kind: 'answer',
    content: {
      about: true,
      label: 'support',
      confidence: 0.72,
      evidence: ['ready to negotiate', 'invented words'],
    },
  },
  khatami: {
    kind: 'answer',
    content: {
      about: true,
      label: 'oppose',
      confidence: 0.95,
      evidence: ['never sit at that table', 'greatest poison', 'Friday sermon', ''],
    },
  },
}

const servers: StubServer[] = []
after(() => Promise.all(servers.map((s) => s.close())))

async function refine(
  script: Script,
  opts: { cache?: StanceCache; timeoutMs?: number; retries?: number } = {},
) {
  let failFirst = opts.retries !== undefined && opts.retries > 0
  const stub = await startStubServer((req) => {
    if (failFirst) {
      failFirst = false
      return { kind: 'status', status: 500 }
    }
    const q = questionOf(req)
    if (q?.topic.id !== TALKS) return notAbout
    return (q.statement === ARAGHCHI ? script.araghchi : script.khatami) ?? notAbout
  })
  servers.push(stub)
  const config = {
    url: stub.url,
    model: 'stub-7b',
    timeoutMs: opts.timeoutMs ?? 2000,
    retries: opts.retries ?? 0,
  }
  const client = createChatClient(config, fetch, { sleep: async () => {} })
  const cache = opts.cache ?? createMemoryStanceCache()
  const out = await refineStances(doc, topics, { client, model: 'stub-7b', cache })
  assertSpans(out.doc)
  return { ...out, stub }
}

const stanceOf = (d: Analyzed, words: string, topic = TALKS): Stance | undefined =>
  d.stances.find((s) => s.quote === quoteId(words) && s.topic === topic)
const evidenceText = (s: Stance | undefined) => s?.evidence.map((e) => sliceSpan(doc, e))
const report = (r: Partial<RefineReport>) => ({
  asked: 10,
  cached: 0,
  used: 10,
  fellBack: 0,
  errors: [],
  ...r,
})

describe('refineStances against the stub server', () => {
  test('the passage has two quotes, with rule stances on the talks topic', () => {
    assert.equal(doc.quotes.length, 2)
    assert.equal(stanceOf(doc, ARAGHCHI)?.label, 'conditional')
    assert.equal(stanceOf(doc, KHATAMI)?.label, 'oppose')
  })

  test('valid answers are used: label, confidence, method, evidence spans found in the text', async () => {
    const { doc: refined, report: r, stub } = await refine(VALID)
    assert.equal(stub.requests.length, 10, '2 quotes × 5 topics')
    assert.deepEqual(r, report({}))
    const a = stanceOf(refined, ARAGHCHI)
    assert.deepEqual(
      [a?.label, a?.confidence, a?.method, a?.holder],
      ['support', 0.72, 'llm:stub-7b@1', 'abbas-araghchi'],
    )
    assert.deepEqual(evidenceText(a), ['ready to negotiate'], 'a phrase not in the text is dropped')
    const k = stanceOf(refined, KHATAMI)
    assert.deepEqual([k?.label, k?.confidence, k?.method], ['oppose', 0.95, 'llm:stub-7b@1'])
    assert.deepEqual(evidenceText(k), ['Friday sermon', 'greatest poison', 'never sit at that table'])
    assert.equal(refined.stances.length, 2, 'about: false on the other topics adds nothing')
  })

  test('the question carries statement, paragraph, speaker and topic', async () => {
    const { stub } = await refine(VALID)
    const q = stub.requests.map(questionOf).find((x) => x?.statement === KHATAMI && x.topic.id === TALKS)
    assert.equal(q?.speaker, 'Ahmad Khatami')
    assert.ok(q?.context.startsWith('A senior cleric') && q.context.includes(KHATAMI))
    assert.equal(q?.topic.label, 'Negotiations between Iran and the United States')
    assert.ok(q?.topic.parties.includes('Washington'))
  })

  test('about: false removes the rule stance; about: true on another topic adds one', async () => {
    const treaty: StubReply = {
      kind: 'answer',
      content: { about: true, label: 'neutral', confidence: 0.5, evidence: [] },
    }
    const stub = await startStubServer((req) => {
      const q = questionOf(req)
      if (q?.topic.id === 'new-start' && q.statement === ARAGHCHI) return treaty
      return q?.topic.id === TALKS && q.statement === ARAGHCHI ? (VALID.araghchi as StubReply) : notAbout
    })
    servers.push(stub)
    const client = createChatClient({ url: stub.url, model: 'm', timeoutMs: 2000, retries: 0 }, fetch)
    const { doc: refined } = await refineStances(doc, topics, {
      client,
      model: 'm',
      cache: createMemoryStanceCache(),
    })
    assert.equal(stanceOf(refined, KHATAMI), undefined)
    assert.equal(stanceOf(refined, ARAGHCHI, 'new-start')?.label, 'neutral')
    assert.deepEqual(
      refined.stances.map((s) => s.topic),
      [TALKS, 'new-start'],
    )
  })

  test('invalid JSON and a schema mismatch fall back to the rule labels', async () => {
    const { doc: refined, report: r } = await refine({
      araghchi: { kind: 'content', content: '{"about": true, "label": "support",' },
      khatami: { kind: 'answer', content: { about: true, label: 'hostile', confidence: 2, evidence: [] } },
    })
    assert.deepEqual(refined.stances, doc.stances, 'the rule stances, unchanged')
    assert.deepEqual({ ...r, errors: [] }, report({ used: 8, fellBack: 2 }))
    assert.match(r.errors[0] ?? '', /^test:q:\d+-\d+ × iran-us-talks: LlmResponseError: .*not JSON/)
    assert.match(
      r.errors[1] ?? '',
      /LlmResponseError: .*\$\.label: expected one of.*\$\.confidence: expected at most 1/,
    )
  })

  test('a hanging server times out (200 ms) and that pair falls back; the others go on', async () => {
    const { doc: refined, report: r } = await refine(
      { ...VALID, araghchi: { kind: 'hang' } },
      { timeoutMs: 200 },
    )
    assert.deepEqual(stanceOf(refined, ARAGHCHI), stanceOf(doc, ARAGHCHI))
    assert.equal(stanceOf(refined, KHATAMI)?.method, 'llm:stub-7b@1')
    assert.equal(r.fellBack, 1)
    assert.match(r.errors[0] ?? '', /LlmTimeoutError: llm: no answer .* within 200 ms/)
  })

  test('500 then 200: the pair succeeds after a retry', async () => {
    const { report: r, stub } = await refine(VALID, { retries: 2 })
    assert.equal(stub.requests.length, 11, 'one retried request')
    assert.deepEqual(r, report({}))
  })

  test('4xx is not retried: one request per pair, every pair falls back', async () => {
    const stub = await startStubServer(() => ({ kind: 'status', status: 401 }))
    servers.push(stub)
    const client = createChatClient({ url: stub.url, model: 'm', timeoutMs: 2000, retries: 2 }, fetch)
    const out = await refineStances(doc, topics, { client, model: 'm', cache: createMemoryStanceCache() })
    assert.equal(stub.requests.length, 10)
    assert.deepEqual(out.doc.stances, doc.stances)
    assert.equal(out.report.fellBack, 10)
    assert.match(out.report.errors[0] ?? '', /LlmHttpError: llm: HTTP 401/)
  })

  test('a second run with the same cache makes no request', async () => {
    const cache = createMemoryStanceCache()
    const first = await refine(VALID, { cache })
    const second = await refine(VALID, { cache })
    assert.equal(second.stub.requests.length, 0)
    assert.deepEqual(second.report, report({ asked: 0, cached: 10 }))
    assert.deepEqual(second.doc.stances, first.doc.stances)
  })

  test('failures are not cached: the next run asks only the failed pair', async () => {
    const cache = createMemoryStanceCache()
    await refine({ ...VALID, khatami: { kind: 'content', content: 'oops' } }, { cache })
    const again = await refine(VALID, { cache })
    assert.equal(again.stub.requests.length, 1)
    assert.equal(questionOf(again.stub.requests[0]!)?.statement, KHATAMI)
    assert.equal(stanceOf(again.doc, KHATAMI)?.method, 'llm:stub-7b@1')
  })

  test('the file cache survives a reopen, written atomically on flush', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'subtext-llm-'))
    try {
      const path = join(dir, 'nested', 'cache.json')
      const cache = await openFileStanceCache(path)
      const first = await refine(VALID, { cache })
      await cache.flush()
      const stored = JSON.parse(await readFile(path, 'utf8'))
      assert.equal(Object.keys(stored.entries).length, 10)
      assert.ok(Object.keys(stored.entries).every((k) => /^[0-9a-f]{64}$/.test(k)))
      const reopened = await openFileStanceCache(path)
      const second = await refine(VALID, { cache: reopened })
      assert.equal(second.stub.requests.length, 0)
      assert.deepEqual(second.doc.stances, first.doc.stances)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('a corrupt cache file is an error naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'subtext-llm-'))
    try {
      const path = join(dir, 'cache.json')
      await writeFile(path, '{"version":1,"entr')
      await assert.rejects(openFileStanceCache(path), (e: Error) => e.message.includes(path))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
