/**
 * Cue words: the verbs and phrases that report speech. General English reporting vocabulary,
 * grouped by how they take what was said.
 */

const forms = (lemmas: string): string[] =>
  lemmas
    .trim()
    .split(/\s+/)
    .flatMap((l) => {
      const [base, ...irregular] = l.split('/')
      if (!base) return []
      if (irregular.length) return [base, ...irregular]
      const stem = base.endsWith('e') ? base.slice(0, -1) : base
      const ied = base.endsWith('y') && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : undefined
      const ies = base.endsWith('y') && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : undefined
      const es = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`
      return [base, ies ?? es, ied ?? `${stem}ed`, `${stem}ing`]
    })

/** Verbs of saying that take a clause or a quotation: "X said (that) …", "…, X said". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  forms(`
  say/says/said/saying tell/tells/told/telling add note state argue insist warn claim announce declare
  explain acknowledge admit/admits/admitted/admitting deny confirm reveal suggest stress emphasize
  emphasise reiterate predict
  maintain contend assert write/writes/wrote/written/writing tweet post report complain concede promise
  vow pledge threaten urge continue respond/responds/responded/responding reply/replies/replied/replying
  answer remark observe caution recall/recalls/recalled/recalling
  speak/speaks/spoke/spoken/speaking testify/testifies/testified/testifying allege charge counter
  shout/shouts/shouted/shouting chant yell/yells/yelled/yelling exclaim proclaim boast
  ask/asks/asked/asking wonder/wonders/wondered/wondering demand signal hint/hints/hinted/hinting
  underline/underlines/underlined/underlining highlight/highlights/highlighted/highlighting
  accuse denounce condemn criticize criticise praise laud dismiss reject blame slam blast call/calls/called/calling
  describe/describes/described/describing assure reassure inform/informs/informed/informing
  quip/quips/quipped/quipping joke insist stress add
`),
)

/**
 * Verbs that report words only beside a quotation: '"Go back," Trump barked', '"This is
 * fantastic!" beamed X'. They attribute a direct quotation, never reported speech.
 */
export const DIRECT_CUES: ReadonlySet<string> = new Set(
  forms(`
  bark beam snap/snaps/snapped/snapping retort scoff sneer gush muse fume sigh laugh smile grin
  shrug/shrugs/shrugged/shrugging cry/cries/cried/crying scream thunder plead/pleads/pleaded/pled/pleading
  recount press start begin/begins/began/beginning interject whisper mutter grumble tease lament marvel
  rave quote sob gasp roar agree recommend
`),
)

/** Cues whose content is a clause only after "that" or a colon; never a bare noun phrase. */
export const CLAUSE_ONLY: ReadonlySet<string> = new Set(
  forms(
    `accuse denounce condemn criticize criticise praise laud dismiss reject blame slam blast describe/describes/described/describing call/calls/called/calling`,
  ),
)

/** Verbs that take a person object before what was said: "told reporters that", "urged officials to". */
export const OBJECT_VERBS: ReadonlySet<string> = new Set(
  forms(
    `tell/tells/told/telling urge warn assure reassure inform/informs/informed/informing remind ask/asks/asked/asking accuse`,
  ),
)

/** Cues whose object is what was said, with no clause: "denied the accusations", "called for talks". */
export const NP_COMPLEMENT: ReadonlySet<string> = new Set(
  forms(
    'deny announce propose promise pledge demand acknowledge confirm mention reiterate predict recommend endorse',
  ),
)

/** Participles that report speech after a comma: "Khamenei lauded X, saying that …". */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set(
  [
    ...forms(
      `say/says/said/saying add note argue insist warn claim explain stress emphasize emphasise suggest write/writes/wrote/written/writing tweet declare announce`,
    ),
  ].filter((w) => w.endsWith('ing')),
)

/** Cues that report speech only before a colon or a quotation: "he continued: …", not "continues to stand". */
export const COLON_ONLY: ReadonlySet<string> = new Set(forms('continue'))

/** Chants and slogans are said by whoever leads them. */
export const CHANT_WORDS: ReadonlySet<string> = new Set([
  'chant',
  'chants',
  'chanted',
  'chanting',
  'slogan',
  'slogans',
])

/** Nouns after which a colon or a quotation reports words: "in a statement:", "in a post on X". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'statements',
  'remarks',
  'speech',
  'interview',
  'post',
  'tweet',
  'letter',
  'message',
  'comments',
])

/**
 * Verbs that report speech only with their particle: "pointed out that …", '"…," she shot back'.
 * Alone they report nothing ("pointed to the map", "shot a video").
 */
const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ...forms('point chime/chimes/chimed/chiming').map((w) => [w, w.startsWith('chim') ? 'in' : 'out'] as const),
  ...forms('fire hit/hits/hitting shoot/shoots/shot/shooting push').map((w) => [w, 'back'] as const),
])

/** The particle a phrasal cue needs after it ("out" after "pointed"), if `word` is one. */
const phrasalParticle = (word: string): string | undefined => PHRASAL_CUES.get(word.toLowerCase())

/** Whether words[i] is a phrasal cue followed by its particle: "pointed out", "shot back". */
export const isPhrasalCueAt = (words: readonly { readonly text: string }[], i: number): boolean => {
  const particle = phrasalParticle(words[i]?.text ?? '')
  return particle !== undefined && words[i + 1]?.text.toLowerCase() === particle
}

/** Cognition verbs are not speech: "he knows he cannot afford concessions" is no quotation. */
export const isSpeechCue = (word: string): boolean => SPEECH_VERBS.has(word.toLowerCase())

/** A verb that attributes a quotation standing beside it: a speech cue, or one of {@link DIRECT_CUES}. */
export const isDirectCue = (word: string): boolean => isSpeechCue(word) || DIRECT_CUES.has(word.toLowerCase())
