import assert from 'node:assert/strict'
import { test } from 'node:test'
import { schemaErrors } from './json-schema.ts'
import { STANCE_SCHEMA } from './stance-prompt.ts'

const good = { about: true, label: 'oppose', confidence: 0.9, evidence: ['never'] }

test('schemaErrors: STANCE_SCHEMA accepts exactly the answer shape', () => {
  const table: [unknown, string[]][] = [
    [good, []],
    [{ ...good, confidence: 1 }, []],
    [
      { ...good, label: 'maybe' },
      ['$.label: expected one of support, oppose, conditional, neutral, found "maybe"'],
    ],
    [{ ...good, confidence: 1.5 }, ['$.confidence: expected at most 1, found 1.5']],
    [{ ...good, confidence: '0.9' }, ['$.confidence: expected number, found string "0.9"']],
    [{ ...good, about: 'yes' }, ['$.about: expected boolean, found string "yes"']],
    [{ ...good, evidence: ['ok', 3] }, ['$.evidence[1]: expected string, found integer 3']],
    [{ ...good, reason: 'x' }, ['$: unexpected property "reason"']],
    [
      { about: false },
      [
        '$: expected a property "label", found none',
        '$: expected a property "confidence", found none',
        '$: expected a property "evidence", found none',
      ],
    ],
    [null, ['$: expected object, found null null']],
    [
      [good],
      [
        '$: expected object, found array [{"about":true,"label":"oppose","confidence":0.9,"evidence":["never"]}]',
      ],
    ],
  ]
  for (const [value, expected] of table)
    assert.deepEqual(schemaErrors(STANCE_SCHEMA, value), expected, JSON.stringify(value))
})
