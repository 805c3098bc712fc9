/** The outlets that publish the corpus, and the institutions and bodies its articles cite. */

/** How an outlet lays out its articles. */
export interface Outlet {
  readonly name: string
  readonly domain: string
  /** Credit in a wire dateline: "TEHRAN, March 3 (Atlas) -". */
  readonly wire?: string
  /** Chance that a quotation uses curly marks. */
  readonly curly: number
  /** Blank lines between paragraphs. */
  readonly blankLines: boolean
  readonly headlineInText: boolean
  readonly readTime: boolean
  readonly credits: boolean
  /** Chance of a subheading every few paragraphs. */
  readonly headings: number
}

const o = (name: string, domain: string, style: Omit<Outlet, 'name' | 'domain'>): Outlet => ({
  name,
  domain,
  ...style,
})
const wireStyle = {
  curly: 0.1,
  blankLines: true,
  headlineInText: true,
  readTime: false,
  credits: true,
  headings: 0,
}
const magazine = {
  curly: 0.9,
  blankLines: true,
  headlineInText: true,
  readTime: true,
  credits: false,
  headings: 0.6,
}
const daily = {
  curly: 0.5,
  blankLines: false,
  headlineInText: false,
  readTime: false,
  credits: false,
  headings: 0.3,
}

export const OUTLETS: readonly Outlet[] = [
  o('Atlas News Agency', 'atlasnews.example', { ...wireStyle, wire: 'Atlas' }),
  o('Global Wire Service', 'globalwire.example', { ...wireStyle, wire: 'GWS' }),
  o('Agence Orion', 'agenceorion.example', { ...wireStyle, wire: 'Orion', curly: 0.6 }),
  o('The Meridian Post', 'meridianpost.example', { ...daily, headlineInText: true }),
  o('Northgate Herald', 'northgateherald.example', daily),
  o('The Capital Ledger', 'capitalledger.example', { ...daily, curly: 0.8 }),
  o('Eastern Dispatch', 'easterndispatch.example', { ...daily, readTime: true }),
  o('Tidewater Times', 'tidewatertimes.example', { ...daily, blankLines: true, credits: true }),
  o('The Continental', 'thecontinental.example', magazine),
  o('Ridgeway Courier', 'ridgewaycourier.example', { ...daily, curly: 0.2 }),
  o('Baltic Observer', 'balticobserver.example', { ...magazine, curly: 0.4 }),
  o('Sahel Review', 'sahelreview.example', { ...daily, blankLines: true }),
  o('Pacific Standard Report', 'pacificstandard.example', { ...magazine, readTime: false }),
  o('The Lantern', 'thelantern.example', { ...magazine, headings: 0.8 }),
  o('Crossroads Daily', 'crossroadsdaily.example', { ...daily, readTime: true, curly: 0.95 }),
  o('Signal Press', 'signalpress.example', { ...wireStyle, curly: 0.5, readTime: true }),
  o('The Frontier Monitor', 'frontiermonitor.example', { ...daily, headings: 0.5 }),
  o('Gulf & Levant Weekly', 'gulflevant.example', { ...magazine, curly: 1 }),
  o('Delta Chronicle', 'deltachronicle.example', { ...daily, credits: true }),
  o('Harbour Street Journal', 'harbourstreet.example', { ...daily, blankLines: true, headlineInText: true }),
  o('Policy Watch Online', 'policywatch.example', { ...magazine, curly: 0.3, headings: 0.9 }),
]

/** Places analysts and economists work at. */
export const INSTITUTIONS: readonly string[] = [
  'the Halden Institute for Strategic Studies',
  'the Carrow Centre for Policy Research',
  'the Lisle Foundation',
  'the Brennan School of Government',
  'Meridian Risk Advisory',
  'the Institute for Regional Security',
  'Northbank Capital',
  'the University of Westbrook',
  'the Aldous Council on Foreign Affairs',
  'the Centre for Trade and Development',
  'Kestrel Economics',
  'the Sorrel Peace Research Institute',
  'the Ashdown Policy Forum',
  'Greyfield University',
  'the Observatory for Democratic Elections',
  'Lowmoor Bank',
]

/** Bodies that issue statements. */
export const BODIES: readonly string[] = [
  'the United Nations',
  'the European Union',
  'the International Atomic Energy Agency',
  'the World Trade Organization',
  'the African Union',
  'the G20',
  'the Gulf Cooperation Council',
  'the International Monetary Fund',
]
