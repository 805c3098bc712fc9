import type { Span, Word } from '../../core/index.ts'
import { isRoleWord } from './find-names.ts'

const OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])
const STOP = /^(who|which|whose|whom|that|said|says|and|but)$/i

/**
 * The role given in apposition after a name: "Hossein Safdari, the regime’s deputy intelligence
 * minister, said" gives "regime’s deputy intelligence minister". Returns the role's span (leading
 * article dropped) or undefined. `last` is the index of the name's last word.
 */
export function appositionRole(words: readonly Word[], last: number): Span | undefined {
  const comma = words[last + 1]
  const first = words[last + 2]
  if (comma?.text !== ',' || !first || first.sentence !== comma.sentence) return undefined
  if (!OPENERS.has(first.pos) || STOP.test(first.text)) return undefined
  let end = last + 2
  let hasRole = false
  while (end < words.length && words[end]!.sentence === first.sentence && end - last < 16) {
    const w = words[end]!
    if (
      w.text === ',' ||
      w.text === ';' ||
      w.text === '.' ||
      w.pos === 'VERB' ||
      w.pos === 'AUX' ||
      STOP.test(w.text)
    )
      break
    if (isRoleWord(w)) hasRole = true
    end++
  }
  if (!hasRole || end === last + 2) return undefined
  const closer = words[end]
  // an apposition is closed by a comma or the sentence's end; otherwise it is a list or a clause
  if (closer && closer.sentence === first.sentence && closer.text !== ',' && closer.text !== '.')
    return undefined
  const startWord = /^(the|a|an)$/i.test(first.text) ? words[last + 3]! : first
  return { start: startWord.span.start, end: words[end - 1]!.span.end }
}
