import type { Region } from '../../core/index.ts'
import type { CleanStep } from './clean-step.ts'
import { regionOverlapping } from './regions.ts'

const NUMBER_WORD = String.raw`(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`
const SOCIAL = `(?:twitter|x|facebook|instagram|telegram|threads|youtube|tiktok|linkedin|whatsapp|bluesky|mastodon|reddit|pinterest|messenger|email|e-mail)`
const SHARE_WORD = `(?:share|tweet|post|email|e-mail|print|copy link|copy|save|comment|comments|${SOCIAL})`

/**
 * Lines that are page furniture rather than reporting. These are conventions of the news genre
 * (wire credits, reading-time badges, share bars), so a lexicon of whole-line patterns is the
 * honest tool; each pattern must match the whole trimmed line.
 */
export const boilerplatePatterns: readonly RegExp[] = [
  // Reading time: "Two-minute read", "5 min read", "3 minutes", "Reading time: 4 min".
  new RegExp(
    String.raw`^(?:an? )?${NUMBER_WORD}[\s-]*(?:min|mins|minute|minutes)\.?(?:[\s-]+read(?:ing)?)?\.?$`,
    'iu',
  ),
  /^(?:estimated )?(?:reading|read) time\s*:?\s*.{0,24}$/iu,
  /^listen to (?:this |the )?(?:article|story)\b.{0,40}$/iu,
  // Share, follow and subscribe prompts.
  /^share(?: this| the)?(?: article| story| post| page| link)?(?: on [\w ]{1,20}| via [\w ]{1,20})?\s*:?$/iu,
  new RegExp(String.raw`^${SHARE_WORD}(?:\s*[|,/·•]?\s*${SHARE_WORD})*$`, 'iu'),
  new RegExp(
    String.raw`^(?:follow|like|join|find) (?:us|me|[\p{L}\p{N} .@_-]{1,40}) on ${SOCIAL}\b.{0,80}$`,
    'iu',
  ),
  /^(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletters?|updates|alerts|inbox|e-?mails?|briefings?|digest)\b.{0,60}$/iu,
  /^get (?:our|the)\b.{0,80}\bnewsletters?\b.{0,60}$/iu,
  /^subscribe(?: now| today| here)?[.!]?$/iu,
  /^click here\b.{0,100}$/iu,
  // Credits: "Reporting by X; Editing by Y", "(Writing by Z)".
  /^\(?(?:(?:additional|extra) )?(?:reporting|writing|editing|compiled|produced|graphics|research)(?: and [a-z]+)? by\b.{1,300}$/iu,
  /^our standards:/iu,
  // Photo credits: "Photo: Reuters", "(AP Photo/Vahid Salemi)", "REUTERS/Raheb Homavandi".
  /^\(?(?:(?:AP|AFP|EPA|Reuters|Getty|Anadolu|Xinhua|WANA)\s+)?(?:photo|photograph|picture|image|file photo|video|illustration)s?(?: credit)?\s*(?::|\/|by\b)\s*[^.]{1,100}\)?$/iu,
  /^(?:image source|photo source)\s*[,:]\s*.{1,80}$/iu,
  /^credits?\s*:\s*\S.{0,100}$/iu,
  /^(?:reuters|afp|ap|epa|getty images|anadolu)\s*\/\s*[\p{L} .'-]{1,60}$/iu,
  // Advertising and navigation.
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted)[.:]?$/iu,
  /^(?:story continues (?:below|after) (?:this )?(?:advertisement|ad)|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|skip (?:to (?:main )?content|advertisement))[.:]?$/iu,
  /^(?:read more|read also|also read|more on this(?: story)?|see also|related(?: stories| articles| coverage| content| topics)?|recommended(?: stories)?|more from [\p{L} ]{1,30}|watch|listen)(?:\s*[:|›»>\-–—]\s*.{0,200})?$/iu,
  /^(?:view this post on instagram|a post shared by .{1,120})$/iu,
  // Copyright lines.
  /^(?:©|\(c\)|copyright\b).{0,200}$/iu,
  /^.{0,120}\ball rights reserved\.?$/iu,
]

/** Lines longer than this are prose, whatever words they start with. */
const MAX_LENGTH = 320

/**
 * True when a trimmed line is page furniture.
 * @example isBoilerplateLine('Reporting by Jane Doe; Editing by John Roe') // true
 */
export function isBoilerplateLine(line: string): boolean {
  return line.length <= MAX_LENGTH && boilerplatePatterns.some((p) => p.test(line))
}

/** Marks reading times, share prompts, credits, advertising and copyright lines as `boilerplate`. */
export const findBoilerplate: CleanStep = ({ lines, regions }) => {
  const found: Region[] = []
  for (const line of lines) {
    if (line.text === '' || regionOverlapping(regions, line.span)) continue
    if (isBoilerplateLine(line.text)) found.push({ kind: 'boilerplate', span: line.span })
  }
  return { regions: found }
}
