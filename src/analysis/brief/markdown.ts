import type { ActorBrief, Brief, BriefStatement, Citation, PositionRun } from './brief.ts'

/**
 * Characters Markdown could read as markup: emphasis, code, links (an image's `!` needs the `[`
 * after it), tables, headings, raw HTML (`<`) and entities (`&`). Each is backslash-escaped, as
 * CommonMark allows for any ASCII punctuation, so article text always reaches the reader as text.
 */
const SPECIAL = /[\\`*_[\]<>&|~#]/g

/**
 * Article text as one line of Markdown text: whitespace runs (line breaks too) become one space,
 * so a quotation cannot start a heading, list or block of its own, and markup is escaped.
 * @example escapeMarkdown('a <b>\n# c') // 'a \\<b\\> \\# c'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(SPECIAL, '\\$&')
}

/**
 * Text shown as code (a path or an id): a code span shows its content literally, markup and
 * all, so only the backtick fence must be longer than any run of backticks inside.
 */
export function codeMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return longest > 0 ? `${fence} ${flat} ${fence}` : `${fence}${flat}${fence}`
}

/** A web address as a link destination: parsed and re-serialised, then parentheses and quotes encoded. */
function destination(href: string): string {
  return new URL(href).href.replace(/[()'"<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** "— Outlet, 2025-02-03, [Title](https://…)": where a statement comes from. */
export function citeMarkdown(c: Citation): string {
  const outlet = escapeMarkdown(c.outlet ?? 'outlet unknown')
  const date = escapeMarkdown(c.date)
  if (c.link.kind === 'text') return `— ${outlet}, ${date}, ${codeMarkdown(c.link.text)}`
  let href: string
  try {
    href = destination(c.link.href)
  } catch {
    return `— ${outlet}, ${date}, ${escapeMarkdown(c.link.href)}`
  }
  return `— ${outlet}, ${date}, [${escapeMarkdown(c.title ?? 'link')}](${href})`
}

const said = (s: BriefStatement): string =>
  s.date === s.cite.date ? '' : ` (said ${escapeMarkdown(s.date)})`

/** One statement as a list item: label, quotation and citation. */
const statementItem = (s: BriefStatement): string =>
  `- *${s.label}*${said(s)}: “${escapeMarkdown(s.text)}” ${citeMarkdown(s.cite)}`

const runText = (r: PositionRun): string => {
  const first = escapeMarkdown(r.firstPeriod)
  const when = r.firstPeriod === r.lastPeriod ? first : `${first} to ${escapeMarkdown(r.lastPeriod)}`
  return `${r.label} (${when}, ${r.statements})`
}

const actorHeading = (a: Pick<ActorBrief, 'actorName' | 'camp'>): string =>
  `${escapeMarkdown(a.actorName)}${a.camp ? ` (${escapeMarkdown(a.camp)})` : ''}`

function header(b: Brief): string[] {
  const s = b.summary
  const range =
    b.since || b.until
      ? ` Statements from ${escapeMarkdown(b.since ?? 'the start')} to ${escapeMarkdown(b.until ?? 'the end')}.`
      : ''
  const span = !s.firstDate
    ? 'on no known date'
    : s.firstDate === s.lastDate
      ? `on ${escapeMarkdown(s.firstDate)}`
      : `from ${escapeMarkdown(s.firstDate)} to ${escapeMarkdown(s.lastDate ?? '')}`
  return [
    `# Brief: ${escapeMarkdown(b.label ?? b.topic)}`,
    '',
    `Topic ${escapeMarkdown(b.topic)}, positions by ${b.by}.${range}`,
    '',
    '## Summary',
    '',
    `- **${s.statements}** statement(s) by **${s.actors}** actor(s)`,
    `- **${s.articles}** article(s) from **${s.outlets}** named outlet(s)`,
    `- Said ${span}`,
  ]
}

function positionsTable(b: Brief): string[] {
  if (b.actors.length === 0) return ['', 'No statements on this topic.']
  return [
    '',
    '## Positions',
    '',
    '| Actor | Statements | Positions over time (period, statements) |',
    '| --- | ---: | --- |',
    ...b.actors.map(
      (a) => `| ${actorHeading(a)} | ${a.statements.length} | ${a.runs.map(runText).join(' → ')} |`,
    ),
  ]
}

function shiftsSection(b: Brief): string[] {
  if (b.shifts.length === 0) return []
  const lines = ['', '## Shifts']
  for (const s of b.shifts) {
    lines.push(
      '',
      `### ${escapeMarkdown(s.actorName)}: ${s.from.label} → ${s.to.label}`,
      '',
      `Before, ${s.from.label} (${escapeMarkdown(s.from.period)}):`,
      '',
      ...s.from.statements.map(statementItem),
      '',
      `After, ${s.to.label} (${escapeMarkdown(s.to.period)}):`,
      '',
      ...s.to.statements.map(statementItem),
    )
  }
  return lines
}

function contradictionsSection(b: Brief): string[] {
  if (b.contradictions.length === 0) return []
  const lines = ['', '## Contradictions']
  for (const c of b.contradictions) {
    lines.push(
      '',
      `### ${escapeMarkdown(c.actorName)}: ${c.a.label} and ${c.b.label}, ${c.days} day(s) apart`,
      '',
      statementItem(c.a),
      statementItem(c.b),
    )
  }
  return lines
}

function divergencesSection(b: Brief): string[] {
  if (b.divergences.length === 0) return []
  return [
    '',
    '## Divergence inside a camp',
    '',
    ...b.divergences.map((d) => {
      const sides = Object.entries(d.byLabel).map(
        ([label, names]) => `${label}: ${(names ?? []).map(escapeMarkdown).join(', ')}`,
      )
      return `- ${escapeMarkdown(d.camp)}, ${escapeMarkdown(d.period)}: ${sides.join('; ')}`
    }),
  ]
}

function statementsSection(b: Brief): string[] {
  if (b.actors.length === 0) return []
  const lines = ['', '## Statements by actor']
  for (const a of b.actors) lines.push('', `### ${actorHeading(a)}`, '', ...a.statements.map(statementItem))
  return lines
}

/**
 * A brief as Markdown: summary, positions table, shifts, contradictions, divergence, then every
 * statement by actor with its citation. Article text is escaped, never passed through as markup.
 * @example renderBriefMarkdown(buildBrief({ positions, sources }))
 */
export function renderBriefMarkdown(b: Brief): string {
  return `${[
    ...header(b),
    ...positionsTable(b),
    ...shiftsSection(b),
    ...contradictionsSection(b),
    ...divergencesSection(b),
    ...statementsSection(b),
  ].join('\n')}\n`
}
