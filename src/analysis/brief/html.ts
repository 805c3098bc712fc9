import type { ActorBrief, Brief, BriefStatement, Citation, PositionRun } from './brief.ts'

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Text for an HTML element or a quoted attribute value: every character that could open a tag,
 * an entity or leave an attribute is replaced by its entity. Everything from an article (text,
 * names, outlets, titles, URLs, dates) goes through here.
 * @example escapeHtml('" onmouseover="x') // '&quot; onmouseover=&quot;x'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** No script, no fetches: only the inline style below, even if something slipped through. */
const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"

const STYLE = `
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.25; }
h2 { border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 2.2rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eee; vertical-align: top; }
td.n { text-align: right; }
ul.statements { list-style: none; padding: 0; }
ul.statements li { margin: .7rem 0; }
blockquote { margin: .2rem 0; padding-left: .8rem; border-left: 3px solid #ccc; }
cite { display: block; font-style: normal; font-size: .9rem; color: #555; }
.label { font: .8rem system-ui, sans-serif; padding: 0 .35rem; border-radius: .25rem; background: #eee; }
.support { background: #d8f0dc; } .oppose { background: #f6d6d6; } .conditional { background: #f8ecc8; }
.arrow { color: #888; padding: 0 .2rem; }
`

const label = (l: string): string => `<span class="label ${escapeHtml(l)}">${escapeHtml(l)}</span>`

/** "— Outlet, 2025-02-03, <a href>Title</a>": a link only for http(s) addresses, else the path or id as text. */
export function citeHtml(c: Citation): string {
  const where =
    c.link.kind === 'web'
      ? `<a href="${escapeHtml(c.link.href)}" rel="noopener noreferrer">${escapeHtml(c.title ?? 'link')}</a>`
      : `<code>${escapeHtml(c.link.text)}</code>`
  return `<cite>— ${escapeHtml(c.outlet ?? 'outlet unknown')}, ${escapeHtml(c.date)}, ${where}</cite>`
}

function statementItem(s: BriefStatement): string {
  const said = s.date === s.cite.date ? '' : ` <small>said ${escapeHtml(s.date)}</small>`
  return `<li>${label(s.label)}${said}<blockquote>“${escapeHtml(s.text)}”</blockquote>${citeHtml(s.cite)}</li>`
}

const statementList = (ss: readonly BriefStatement[]): string =>
  `<ul class="statements">${ss.map(statementItem).join('\n')}</ul>`

const runHtml = (r: PositionRun): string => {
  const when = r.firstPeriod === r.lastPeriod ? r.firstPeriod : `${r.firstPeriod} to ${r.lastPeriod}`
  return `${label(r.label)} <small>${escapeHtml(when)}, ${r.statements}</small>`
}

const actorName = (a: Pick<ActorBrief, 'actorName' | 'camp'>): string =>
  `${escapeHtml(a.actorName)}${a.camp ? ` <small>(${escapeHtml(a.camp)})</small>` : ''}`

function summaryHtml(b: Brief): string {
  const s = b.summary
  const span = !s.firstDate
    ? 'on no known date'
    : s.firstDate === s.lastDate
      ? `on ${escapeHtml(s.firstDate)}`
      : `from ${escapeHtml(s.firstDate)} to ${escapeHtml(s.lastDate ?? '')}`
  const range =
    b.since || b.until
      ? ` Statements from ${escapeHtml(b.since ?? 'the start')} to ${escapeHtml(b.until ?? 'the end')}.`
      : ''
  return `<p>Topic <code>${escapeHtml(b.topic)}</code>, positions by ${escapeHtml(b.by)}.${range}</p>
<h2>Summary</h2>
<ul>
<li><strong>${s.statements}</strong> statement(s) by <strong>${s.actors}</strong> actor(s)</li>
<li><strong>${s.articles}</strong> article(s) from <strong>${s.outlets}</strong> named outlet(s)</li>
<li>Said ${span}</li>
</ul>`
}

function positionsHtml(b: Brief): string {
  if (b.actors.length === 0) return '<p>No statements on this topic.</p>'
  const rows = b.actors.map(
    (a) =>
      `<tr><td>${actorName(a)}</td><td class="n">${a.statements.length}</td><td>${a.runs
        .map(runHtml)
        .join('<span class="arrow">→</span>')}</td></tr>`,
  )
  return `<h2>Positions</h2>
<table><thead><tr><th>Actor</th><th>Statements</th><th>Positions over time (period, statements)</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`
}

function shiftsHtml(b: Brief): string {
  if (b.shifts.length === 0) return ''
  const items = b.shifts.map(
    (
      s,
    ) => `<h3>${escapeHtml(s.actorName)}: ${label(s.from.label)}<span class="arrow">→</span>${label(s.to.label)}</h3>
<p>Before, ${escapeHtml(s.from.label)} (${escapeHtml(s.from.period)}):</p>
${statementList(s.from.statements)}
<p>After, ${escapeHtml(s.to.label)} (${escapeHtml(s.to.period)}):</p>
${statementList(s.to.statements)}`,
  )
  return `<h2>Shifts</h2>\n${items.join('\n')}`
}

function contradictionsHtml(b: Brief): string {
  if (b.contradictions.length === 0) return ''
  const items = b.contradictions.map(
    (
      c,
    ) => `<h3>${escapeHtml(c.actorName)}: ${escapeHtml(c.a.label)} and ${escapeHtml(c.b.label)}, ${c.days} day(s) apart</h3>
${statementList([c.a, c.b])}`,
  )
  return `<h2>Contradictions</h2>\n${items.join('\n')}`
}

function divergencesHtml(b: Brief): string {
  if (b.divergences.length === 0) return ''
  const items = b.divergences.map((d) => {
    const sides = Object.entries(d.byLabel).map(
      ([l, names]) => `${label(l)} ${(names ?? []).map(escapeHtml).join(', ')}`,
    )
    return `<li>${escapeHtml(d.camp)}, ${escapeHtml(d.period)}: ${sides.join('; ')}</li>`
  })
  return `<h2>Divergence inside a camp</h2>\n<ul>${items.join('\n')}</ul>`
}

function statementsHtml(b: Brief): string {
  if (b.actors.length === 0) return ''
  const sections = b.actors.map((a) => `<h3>${actorName(a)}</h3>\n${statementList(a.statements)}`)
  return `<h2>Statements by actor</h2>\n${sections.join('\n')}`
}

/**
 * A brief as one standalone HTML page (inline CSS, no scripts, no external resources, a
 * Content-Security-Policy that forbids both). All article-derived text is escaped.
 * @example await writeFile('brief.html', renderBriefHtml(buildBrief({ positions, sources })))
 */
export function renderBriefHtml(b: Brief): string {
  const title = `Brief: ${escapeHtml(b.label ?? b.topic)}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
${[
  summaryHtml(b),
  positionsHtml(b),
  shiftsHtml(b),
  contradictionsHtml(b),
  divergencesHtml(b),
  statementsHtml(b),
]
  .filter(Boolean)
  .join('\n')}
</body>
</html>
`
}
