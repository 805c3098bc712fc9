/**
 * Statements and a hostile brief for the brief tests.
 * @module
 */
import { computePositions, type Statement } from '../positions.ts'
import { type Brief, type BriefSource, buildBrief } from './brief.ts'

let n = 0
/** A statement on 'talks'; each lands in its own article unless one is given. */
export const say = (
  actorName: string,
  date: string,
  label: Statement['label'],
  text = `${label} on ${date}`,
  articleId = `a${++n}`,
): Statement => ({
  actor: actorName.toLowerCase().replace(/\s+/g, '-'),
  actorName,
  topic: 'talks',
  label,
  confidence: 1,
  date,
  quoteId: `q${++n}`,
  text,
  articleId,
  outlet: null,
})

/** Markup an attacker might put in an article; a brief must only ever show it as text. */
export const SCRIPT = '<script>alert(1)</script>'
export const ATTRIBUTE = '" onmouseover="alert(1)'

/** A passage written for these tests, not taken from any article. */
export const HOSTILE_QUOTE = `We reject talks ${SCRIPT} under threat${ATTRIBUTE} [click](javascript:alert(2)) **now** | & co`

/**
 * A brief whose every article-derived field carries markup: the actor's name, the quotation, the
 * outlet, the title, a web URL with quotes in it, and a `javascript:` URL that must not be a link.
 */
export function hostileBrief(): Brief {
  const actor = `Abbas ${SCRIPT} Araghchi`
  const camp = `Camp ${SCRIPT}`
  const statements = [
    say(actor, '2025-03-01', 'support', `Talks now ${ATTRIBUTE}`, 'web'),
    say(actor, '2025-03-09', 'oppose', HOSTILE_QUOTE, 'js'),
    say(actor, '2025-04-02', 'support', `Fine ${SCRIPT}`, 'web'),
    say(`Zarif ${ATTRIBUTE}`, '2025-04-03', 'oppose', 'No.', 'js'),
  ].map((s) => ({ ...s, camp }))
  const sources = new Map<string, BriefSource>([
    [
      'web',
      {
        articleId: 'web',
        outlet: `Evil ${SCRIPT} Times`,
        published: '2025-03-02',
        title: `Row ${ATTRIBUTE}`,
        url: `https://news.example.org/a?x="><script>alert(3)</script>&y=(1)`,
        path: null,
      },
    ],
    [
      'js',
      {
        articleId: 'js',
        outlet: 'Plain',
        published: '2025-03-10',
        title: null,
        url: 'javascript:alert(4)',
        path: null,
      },
    ],
  ])
  return buildBrief({
    positions: computePositions(statements, { topic: 'talks', by: 'month' }),
    sources,
    label: `Talks ${SCRIPT}`,
  })
}
