import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Hono } from 'hono'
import { NotFoundError } from '../problem.ts'

/** Where the dashboard's sources live: src/web. */
export const WEB_DIR = resolve(import.meta.dirname, '../../../web')

const PAGES = {
  '/': 'index.html',
  '/article/:id': 'article.html',
  '/actor': 'actor.html',
  '/topic': 'topic.html',
  '/outlets': 'outlets.html',
} as const

/**
 * Pages run only our own scripts and styles: even if article text reached the DOM as markup,
 * an inline handler or injected script would not run.
 */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
}

/** A dashboard module: lower-case kebab-case .ts or .css, never a test. */
const ASSET_NAME = /^[a-z][a-z0-9-]*\.(ts|css)$/

/** Strips the types from a dashboard module so a browser can load it (esbuild, which tsx brings). */
async function toJavaScript(source: string, file: string): Promise<string> {
  const { transform } = await import('esbuild')
  const out = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: file })
  return out.code
}

const chartPath = (): string =>
  resolve(dirname(fileURLToPath(import.meta.resolve('chart.js'))), 'chart.umd.js')

/**
 * The dashboard: static HTML shells (no data is ever written into them), its modules compiled
 * from src/web on first request, and chart.js from node_modules, so it works with no internet.
 */
export function webRoutes(webDir: string = WEB_DIR): Hono {
  const web = new Hono()
  const cache = new Map<string, Promise<string>>()
  const cached = (key: string, load: () => Promise<string>) => {
    let hit = cache.get(key)
    if (!hit) {
      hit = load()
      cache.set(key, hit)
      hit.catch(() => cache.delete(key))
    }
    return hit
  }

  for (const [route, file] of Object.entries(PAGES)) {
    web.get(route, async (c) =>
      c.body(await cached(file, () => readFile(resolve(webDir, 'pages', file), 'utf8')), 200, PAGE_HEADERS),
    )
  }

  web.get('/web/:file', async (c) => {
    const file = c.req.param('file')
    if (!ASSET_NAME.test(file) || file.endsWith('.test.ts')) throw new NotFoundError(`no asset '${file}'`)
    const load = async () => {
      const source = await readFile(resolve(webDir, file), 'utf8')
      return file.endsWith('.ts') ? toJavaScript(source, file) : source
    }
    const body = await cached(file, load).catch(() => {
      throw new NotFoundError(`no asset '${file}'`)
    })
    const type = file.endsWith('.css') ? 'text/css' : 'text/javascript'
    return c.body(body, 200, {
      'content-type': `${type}; charset=utf-8`,
      'x-content-type-options': 'nosniff',
    })
  })

  web.get('/assets/chart.umd.js', async (c) =>
    c.body(await cached('chart.umd.js', () => readFile(chartPath(), 'utf8')), 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=86400',
    }),
  )

  return web
}
