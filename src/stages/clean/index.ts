export { clean, cleanSteps } from './clean.ts'
export type { CleanStep, StepInput, StepOutput } from './clean-step.ts'
export { guessLanguage } from './detect-language.ts'
export { inRegions, skippedMask } from './regions.ts'
