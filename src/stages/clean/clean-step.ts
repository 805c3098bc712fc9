import type { Diagnostic, Embed, InputFormat, Region, StructureHint } from '../../core/index.ts'
import type { Line } from './lines.ts'

/** What every cleaning sub-step sees. */
export interface StepInput {
  readonly text: string
  readonly format: InputFormat
  readonly lines: readonly Line[]
  /** The reader's structure hints, with spans checked and trimmed. */
  readonly hints: readonly StructureHint[]
  /** Regions earlier sub-steps found: sorted by start, never overlapping. */
  readonly regions: readonly Region[]
}

/** What a sub-step adds. Regions that overlap earlier ones are dropped by the stage. */
export interface StepOutput {
  readonly regions?: readonly Region[]
  /** Each embed must come with an 'embed' region of the same span. */
  readonly embeds?: readonly Embed[]
  /** ISO 639-1 code of the article's language, or 'und'. */
  readonly language?: string
  readonly diagnostics?: readonly Diagnostic[]
}

/** A cleaning sub-step: a pure function from the text and what is known so far to new layers. */
export type CleanStep = (input: StepInput) => StepOutput
