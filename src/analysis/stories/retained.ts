/**
 * A copy of a string that holds no reference to a larger one. V8 keeps a substring of 13 or more
 * characters (and a concatenation) as a view over its parent, so one word kept as a map key can
 * keep a whole article's text alive; the indexes keep their strings through this.
 * @example retain(text.slice(0, 20)) // the same characters, without `text` behind them
 */
export function retain(s: string): string {
  return s.length < 13 ? s : s.split('').join('')
}
