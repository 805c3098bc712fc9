/** Name comparison for chaining mentions of one person inside an article. */

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'da', 'di', 'la', 'le'])

/** Lower-case name parts, hyphens split, particles and possessive endings dropped. */
export function nameParts(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/[\s\-‐]+/)
    .filter((p) => p && !PARTICLES.has(p))
}

/** Edit distance, capped: returns cap + 1 as soon as the distance must exceed cap. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      cur.push(v)
      rowMin = Math.min(rowMin, v)
    }
    if (rowMin > cap) return cap + 1
    prev = cur
  }
  return prev[b.length]!
}

/**
 * A name part with the usual romanisation variants folded: gh/q/g (Araghchi, Araqchi; Gaddafi,
 * Qaddafi), kh/k, dh/d, ou/u, ee/ei/ey/i, a final -eh/-ah/-a (Haniyeh, Haniya), doubled letters; so
 * transliterations of one name compare equal.
 * @example romanised('Ghalibaf') === romanised('Qalibaf') // true
 */
export function romanised(part: string): string {
  return part
    .toLowerCase()
    .replace(/gh|q/g, 'g')
    .replace(/kh/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/([iy])[ae]h$/, '$1a')
    .replace(/ou/g, 'u')
    .replace(/e[eiy]|ie|y(?=[^aeiou]|$)/g, 'i')
    .replace(/(.)\1+/g, '$1')
}

const firstLetter = (s: string): string | undefined => (s[0] === 'q' ? 'g' : s[0])

/** Consonants only, after the first letter: Mohammed and Muhammad share "mhmd". */
const skeleton = (part: string): string => part[0] + part.slice(1).replace(/[aeiou]/g, '')

/**
 * Two spellings of one name part: equal once romanisation variants are folded (Araghchi/Araqchi,
 * Ghalibaf/Qalibaf), or differing only in vowels: one vowel from five letters (Rasaee/Rasae), two
 * from six (Mohammed/Muhammad). Consonants never differ: Obama/Osama, Clinton/Clifton stay apart.
 */
export function samePart(a: string, b: string): boolean {
  if (a === b) return true
  // cheap refusals first: romanisation keeps the first letter, but for q → g
  if (firstLetter(a) !== firstLetter(b) || Math.abs(a.length - b.length) > 4) return false
  const ra = romanised(a)
  const rb = romanised(b)
  if (ra === rb) return true
  const shorter = Math.min(ra.length, rb.length)
  if (ra[0] !== rb[0] || shorter < 5 || skeleton(ra) !== skeleton(rb)) return false
  return editDistance(ra, rb, 2) <= (shorter >= 6 ? 2 : 1)
}

/**
 * A key two name parts share whenever {@link samePart} says they match (the romanised form's
 * consonant skeleton): an index by it finds every candidate without comparing every pair.
 * @example partBlock('Araghchi') === partBlock('Araqchi') // true
 */
export function partBlock(part: string): string {
  const r = romanised(part)
  return r ? skeleton(r) : ''
}

/**
 * Can a mention written `short` refer to a person named `full` in the same article?
 * A lone surname matches the last part; a longer form must share its last part and not
 * contradict the given names ("Ali Larijani" vs "Sadegh Larijani" do not match).
 */
export function nameMatches(full: readonly string[], short: readonly string[]): boolean {
  if (full.length === 0 || short.length === 0) return false
  const last = full[full.length - 1]!
  if (short.length === 1) return samePart(short[0]!, last)
  if (!samePart(short[short.length - 1]!, last)) return false
  const [fewer, more] = short.length <= full.length ? [short, full] : [full, short]
  return fewer.slice(0, -1).every((g) => more.slice(0, -1).some((f) => samePart(f, g)))
}
