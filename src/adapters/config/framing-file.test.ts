import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compileLexicon, findTerms } from '../../analysis/stories/index.ts'
import { FramingFileError, parseFramingLexicon, readFramingFile } from './framing-file.ts'

test('the shipped lexicon parses, with neutral verbs, verb classes and loaded terms', async () => {
  const lexicon = await readFramingFile()
  assert.ok(lexicon.neutralVerbs.includes('said'))
  assert.ok(lexicon.verbClasses.some((c) => c.verbs.includes('admitted')))
  const found = findTerms(compileLexicon(lexicon), 'A desperate, hard-line regime.').map((m) => m.term)
  assert.deepEqual(found, ['desperat*', 'hard-line', 'regime'])
})

test('a small lexicon: missing parts are empty', () => {
  const lexicon = parseFramingLexicon('loaded:\n  labels: [regime]\n')
  assert.deepEqual(lexicon, {
    neutralVerbs: [],
    verbClasses: [],
    loaded: [{ category: 'labels', terms: ['regime'] }],
  })
})

const bad: [string, RegExp][] = [
  ['loaded: [regime]', /loaded: expected a mapping of names to lists/],
  ['loaded:\n  labels: regime', /loaded\.labels: expected a list of words/],
  ['attribution:\n  neutral: said', /attribution\.neutral: expected a list of verbs/],
  ['loaded:\n  labels: ["*"]', /expected a term with letters/],
  ['- a\n- b', /expected a mapping with attribution and loaded/],
  ['loaded: [', /not valid YAML/],
]
for (const [text, message] of bad) {
  test(`rejects ${JSON.stringify(text)}`, () => {
    assert.throws(
      () => parseFramingLexicon(text, 'f.yaml'),
      (e: Error) => e instanceof FramingFileError && message.test(e.message),
    )
  })
}

test('a missing file is a FramingFileError', async () => {
  await assert.rejects(readFramingFile('/nonexistent/framing.yaml'), FramingFileError)
})
