/**
 * Writes a synthetic news corpus: `npm run corpus -- --articles N --out DIR [--seed S] [--format txt|jsonl]`.
 * The same seed always gives the same articles (no Math.random, no clock). Articles are written one at
 * a time, so 100,000 of them take no more memory than ten.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createGenerator } from './corpus/article.ts'

const USAGE = 'Usage: npm run corpus -- --articles N --out DIR [--seed S] [--format txt|jsonl]'

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      format: { type: 'string', default: 'txt' },
    },
  })
  const articles = Number(values.articles)
  if (!Number.isInteger(articles) || articles < 1) {
    throw new Error(
      `corpus: expected --articles to be a positive integer, found ${values.articles ?? 'nothing'}\n${USAGE}`,
    )
  }
  if (!values.out) throw new Error(`corpus: expected --out DIR\n${USAGE}`)
  if (values.format !== 'txt' && values.format !== 'jsonl') {
    throw new Error(`corpus: expected --format to be txt or jsonl, found ${values.format}\n${USAGE}`)
  }
  return { articles, out: values.out, seed: values.seed, format: values.format }
}

async function main(argv: string[]): Promise<void> {
  const opts = options(argv)
  const generator = createGenerator(opts.seed)
  await mkdir(opts.out, { recursive: true })
  let chars = 0
  if (opts.format === 'txt') {
    for (let i = 0; i < opts.articles; i++) {
      const a = generator.article(i)
      await writeFile(join(opts.out, `${a.id}.txt`), a.text)
      chars += a.text.length
    }
  } else {
    const path = join(opts.out, `corpus-${opts.seed}.jsonl`)
    const stream = createWriteStream(path)
    for (let i = 0; i < opts.articles; i++) {
      const { id, text, title, outlet, published, url } = generator.article(i)
      chars += text.length
      // Respect back-pressure, so the stream's buffer never holds more than a few articles.
      if (!stream.write(`${JSON.stringify({ id, text, title, outlet, published, url })}\n`))
        await once(stream, 'drain')
    }
    stream.end()
    await once(stream, 'finish')
  }
  process.stderr.write(`corpus: wrote ${opts.articles} articles (${chars} characters) to ${opts.out}\n`)
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`)
  process.exitCode = 1
})
