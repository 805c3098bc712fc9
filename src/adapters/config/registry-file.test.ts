import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseRegistry, RegistryFileError } from './registry-file.ts'

test('a registry entry keeps its aliases, forbidden merges and labels', () => {
  const [e] = parseRegistry(
    '- name: Jane Roe\n  aliases: [J. Roe]\n  never: [John Roe]\n  camp: hardliner\n  country: Freedonia\n',
  )
  assert.deepEqual(e, {
    name: 'Jane Roe',
    aliases: ['J. Roe'],
    never: ['John Roe'],
    camp: 'hardliner',
    country: 'Freedonia',
  })
})

test('an empty registry is no actor at all', () => assert.deepEqual(parseRegistry(''), []))

const bad: [string, RegExp][] = [
  ['name: x', /expected a list of actors/],
  ['- aliases: [a]', /entry 1: expected "name"/],
  ['- name: A\n  aliases: b', /entry 1 \(A\): expected "aliases" to be a list/],
  ['- name: A\n  camp: [x]', /expected "camp" to be text/],
  ['- name: A\n  - b: [', /not valid YAML/],
]
for (const [text, message] of bad) {
  test(`rejects ${JSON.stringify(text)} with a message naming the entry`, () => {
    assert.throws(
      () => parseRegistry(text, 'r.yaml'),
      (e: unknown) => e instanceof RegistryFileError && message.test(e.message),
    )
  })
}
