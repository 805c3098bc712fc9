import type { SpeechActKind } from '../../core/index.ts'

/**
 * How news reports each act: by the cue verb that introduces a statement ("accused", "warned"), or by
 * a phrase inside the statement ("will pay a heavy price"). General reporting language; matched
 * case-insensitively on whole words.
 */
export const CUE_ACTS: readonly [RegExp, SpeechActKind][] = [
  [/^(accus|blam|charg|alleg)/i, 'accuse'],
  [/^threat/i, 'threaten'],
  [/^(warn|caution)/i, 'warn'],
  [/^(reject|refus|den(y|ie)|dismiss|rebuff|rul(e|ed|es|ing) out)/i, 'reject'],
  [/^(demand|insist|urg)/i, 'demand'],
  [/^(appeal|plead|beg)/i, 'appeal'],
  [/^(prais|laud|commend|hail|applaud|thank|congratulat)/i, 'praise'],
]

const phrase = (list: string): RegExp =>
  new RegExp(
    `\\b(?:${list
      .trim()
      .split(/\s*\n\s*/)
      .join('|')})\\b`,
    'i',
  )

export const CONTENT_ACTS: readonly [RegExp, SpeechActKind][] = [
  [
    phrase(`
      will pay (?:a|the) (?:heavy |high )?price
      (?:will|would) (?:respond|retaliate|strike back|hit back)
      crushing (?:response|blow)
      will not hesitate to
      (?:face|suffer) (?:the )?consequences
      all options (?:are|remain) on the table
      wipe (?:\\w+ )?off the map
    `),
    'threaten',
  ],
  [
    phrase(`
      ready to (?:talk|negotiate|sit down|resume (?:talks|negotiations))
      willing to (?:talk|negotiate|sit down|engage)
      open to (?:talks|dialogue|negotiations?|a deal)
      (?:we|i) (?:will|would|are going to) (?:negotiate|talk to|sit down with)
      the door (?:is|remains) open
      we will take action
    `),
    'intend-to-negotiate',
  ],
  [
    phrase(`
      (?:we|i) (?:call on|urge|appeal to|ask)
      (?:we|i) call for
    `),
    'appeal',
  ],
  [
    phrase(`
      (?:we|i) demand
      must (?:immediately|stop|end|withdraw|release|return)
      (?:has|have) to (?:stop|end|withdraw|release|return)
    `),
    'demand',
  ],
  [
    phrase(`
      (?:we|i) (?:reject|refuse)
      (?:will|would) never (?:accept|negotiate|agree|talk)
      (?:is|are) unacceptable
      out of the question
      no one should (?:talk|negotiate)
    `),
    'reject',
  ],
  [
    phrase(`
      (?:is|are|was|were) (?:a |an )?(?:liars?|aggressors?|deceivers?|criminals?|butchers?|thie(?:f|ves)|murderers?)
      (?:lied|cheated|betrayed|stole)
    `),
    'accuse',
  ],
  [phrase(`beware\nmust be (?:careful|vigilant|cautious)\nwe must open our eyes`), 'warn'],
  [
    phrase(
      `(?:we|i) (?:thank|congratulate|commend|salute)\n(?:great|courageous|wise) (?:leader|decision|step)`,
    ),
    'praise',
  ],
]
