import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalisePublished } from './published-date.ts'

const cases: [string, string | null][] = [
  ['2025-01-28', '2025-01-28'],
  ['2025-01-28T23:30:00-05:00', '2025-01-28'],
  ['  2025-1-8 ', '2025-01-08'],
  ['2025/01/28 10:00', '2025-01-28'],
  ['20250128T101500Z', '2025-01-28'],
  ['20250128', '2025-01-28'],
  ['Tue, 28 Jan 2025 10:00:00 GMT', '2025-01-28'],
  ['28th January 2025', '2025-01-28'],
  ['January 28, 2025', '2025-01-28'],
  ['Sept. 3 2024', '2024-09-03'],
  ['2024-02-29', '2024-02-29'],
  ['2025-02-29', null],
  ['2025-13-01', null],
  ['01/02/2025', null],
  ['2025-01', null],
  ['yesterday', null],
  ['', null],
]

for (const [input, expected] of cases) {
  test(`normalisePublished(${JSON.stringify(input)}) is ${expected}`, () => {
    assert.equal(normalisePublished(input), expected)
  })
}
