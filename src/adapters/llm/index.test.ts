import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { sliceSpan, topicId } from '../../core/index.ts'
import { rawArticle } from '../../core/testing.ts'
import { analyze } from '../../pipeline.ts'
import { createContext } from '../cli/main.ts'
import { stanceRefinerFrom } from './index.ts'
import { startStubServer } from './stub-server.ts'

const topics = [{ id: topicId('talks'), label: 'Talks', about: ['talks'], parties: [] }]
const TEXT = '"We welcome the talks," the minister said.'

test('stanceRefinerFrom: null unless configured', async () => {
  assert.equal(await stanceRefinerFrom({}), null)
})

test('stanceRefinerFrom: refines with the configured model and writes the cache file on flush', async () => {
  const stub = await startStubServer(() => ({
    kind: 'answer',
    content: { about: true, label: 'support', confidence: 0.8, evidence: ['welcome'] },
  }))
  const dir = await mkdtemp(join(tmpdir(), 'subtext-llm-'))
  try {
    const cache = join(dir, 'cache.json')
    const env = { SUBTEXT_LLM_URL: stub.url, SUBTEXT_LLM_MODEL: 'tiny', SUBTEXT_LLM_CACHE: cache }
    const refiner = await stanceRefinerFrom(env)
    assert.ok(refiner)
    const doc = analyze(rawArticle(TEXT), { ...createContext(), topics })
    const { doc: refined, report } = await refiner.refine(doc, topics)
    assert.equal(report.used, 1)
    const [stance] = refined.stances
    assert.equal(stance?.method, 'llm:tiny@1')
    assert.deepEqual(
      stance?.evidence.map((e) => sliceSpan(doc, e)),
      ['welcome'],
    )
    await refiner.flush()
    assert.equal(Object.keys(JSON.parse(await readFile(cache, 'utf8')).entries).length, 1)
  } finally {
    await stub.close()
    await rm(dir, { recursive: true, force: true })
  }
})
