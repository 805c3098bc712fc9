/**
 * The dashboard in a real browser: Debian's chromium driven by playwright-core over the app
 * served on loopback. Skipped, saying why, when /usr/bin/chromium is absent.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { type Browser, chromium, type Page } from 'playwright-core'
import { createContext } from '../../src/adapters/cli/main.ts'
import { readTopicsFile } from '../../src/adapters/config/topics-file.ts'
import { createApp } from '../../src/adapters/http/app.ts'
import { type RunningServer, startServer } from '../../src/adapters/http/serve.ts'
import { SCRIPT, type SeededStore, seededStore } from '../../src/adapters/http/testing.ts'
import { contentHashOf } from '../../src/adapters/storage/store.ts'
import { documentId } from '../../src/core/index.ts'
import { analyze } from '../../src/pipeline.ts'

const CHROMIUM = '/usr/bin/chromium'
const TOPICS = resolve(import.meta.dirname, '../../examples/topics.yaml')
const SHOTS = resolve(import.meta.dirname, '../../test-output/browser')
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent: apt-get install -y chromium`

describe('dashboard in chromium', { skip }, () => {
  let seeded: SeededStore
  let server: RunningServer
  let browser: Browser
  let page: Page
  const dialogs: string[] = []
  const errors: string[] = []

  before(async () => {
    mkdirSync(SHOTS, { recursive: true })
    seeded = await seededStore()
    server = await startServer(createApp({ store: seeded.store }), '127.0.0.1', 0)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    })
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    page.on('pageerror', (e) => errors.push(e.message))
  })
  after(async () => {
    await browser?.close()
    await server?.close()
    await seeded?.store.close()
  })

  test('reader → speaker → actor page → topic page', async () => {
    await page.goto(`${server.url}/article/${encodeURIComponent(seeded.sampleIds[0]!)}`)
    await page.locator('mark.quote').first().waitFor()
    assert.ok((await page.locator('mark.quote').count()) > 3)
    const title = await page.locator('mark.quote').first().getAttribute('title')
    assert.match(title ?? '', /Ali Khamenei, Supreme Leader/)
    await page.screenshot({ path: resolve(SHOTS, 'reader.png'), fullPage: true })

    await page.locator('#article a.speaker[data-speaker="Ali Khamenei"]').first().click()
    await page.waitForURL(/\/actor\?name=Ali(%20|\+)Khamenei/)
    await page.locator('#statements li').first().waitFor()
    const articles = await page
      .locator('#statements a.statement')
      .evaluateAll((as) =>
        as.map((a) => decodeURIComponent((a.getAttribute('href') ?? '').split('/')[2]!.split('#')[0]!)),
      )
    assert.deepEqual([...new Set(articles)].sort(), [...seeded.sampleIds].sort())
    await page.locator('#charts canvas').first().waitFor()
    await page.screenshot({ path: resolve(SHOTS, 'actor.png'), fullPage: true })

    await page.locator('#charts a.topic', { hasText: 'iran-us-talks' }).click()
    await page.waitForURL(/\/topic\?id=iran-us-talks/)
    await page.locator('table.matrix').waitFor()
    assert.ok(await page.locator('table.matrix a.speaker', { hasText: 'Ali Khamenei' }).count())
    await page.screenshot({ path: resolve(SHOTS, 'topic.png'), fullPage: true })
    assert.deepEqual(errors, [])
  })

  test('a hostile article renders as text and runs nothing', async () => {
    await page.goto(`${server.url}/article/${encodeURIComponent(seeded.hostileId)}`)
    await page.locator('mark.quote').first().waitFor()
    assert.equal(await page.locator('main script, main img, [onmouseover]').count(), 0)
    assert.ok((await page.locator('#article').textContent())?.includes(SCRIPT))
    assert.ok((await page.locator('h1').textContent())?.includes(SCRIPT))
    await page.locator('mark.quote', { hasText: 'We reject' }).hover()
    await page.screenshot({ path: resolve(SHOTS, 'hostile.png'), fullPage: true })
    assert.deepEqual(dialogs, [])
  })

  test('outlets side by side, the hostile outlet name as text', async () => {
    // a second outlet on the same topic, written for this test
    const ctx = { ...createContext(), topics: await readTopicsFile(TOPICS) }
    const plain = analyze(
      {
        id: documentId('plain-daily'),
        source: { path: null, url: 'https://plain.example.org/talks', outlet: 'Plain Daily' },
        format: 'text',
        text: 'Talks resume\n\nThe foreign ministry spokesman said on Tuesday that Tehran was ready for talks with Washington if sanctions were eased.\n',
        title: 'Talks resume',
        published: '2025-03-11',
        diagnostics: [],
      },
      ctx,
    )
    await seeded.store.saveArticle(plain, { contentHash: contentHashOf(plain), pipelineVersion: 'test' })
    const outlets = [`Evil ${SCRIPT} Times`, 'Plain Daily'].map(encodeURIComponent).join(',')
    await page.goto(`${server.url}/outlets?outlets=${outlets}&topic=iran-us-talks`)
    await page.locator('#profiles table').waitFor()
    const heads = await page.locator('#profiles th').allTextContents()
    assert.ok(heads.includes(`Evil ${SCRIPT} Times`) && heads.includes('Plain Daily'), heads.join(' | '))
    for (const row of [
      'attribution verbs',
      'which loaded terms, own voice',
      'voices quoted',
      'stance of the statements quoted',
    ])
      assert.ok(heads.includes(row), `row '${row}' in ${heads.join(' | ')}`)
    assert.equal(await page.locator('main script, main img, [onmouseover]').count(), 0)
    await page.screenshot({ path: resolve(SHOTS, 'outlets.png'), fullPage: true })
    // the topic page links here once two outlets quote on it (by week: positions by day were kept earlier)
    await page.goto(`${server.url}/topic?id=iran-us-talks&by=week`)
    await page.locator('#compare-outlets').click()
    await page.waitForURL(/\/outlets\?outlets=/)
    await page.locator('#profiles table').waitFor()
    assert.deepEqual(dialogs, [])
    assert.deepEqual(errors, [])
  })
})
