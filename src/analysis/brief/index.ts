/**
 * Topic briefs: a {@link Brief} built from computed positions and the cited articles' sources,
 * rendered as Markdown or standalone HTML. Pure: the CLI reads the store and writes the file.
 * @module
 */
export {
  type ActorBrief,
  type Brief,
  type BriefContradiction,
  type BriefInput,
  type BriefLink,
  type BriefShift,
  type BriefSource,
  type BriefStatement,
  type BriefSummary,
  buildBrief,
  type Citation,
  linkOf,
  type PositionRun,
  type ShiftSide,
  statementsBetween,
} from './brief.ts'
export { citeHtml, escapeHtml, renderBriefHtml } from './html.ts'
export { citeMarkdown, escapeMarkdown, renderBriefMarkdown } from './markdown.ts'
