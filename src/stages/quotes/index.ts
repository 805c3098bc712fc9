export { pairQuotationMarks, type QuotedSpan } from './marks.ts'
export { extractQuotes, QUOTES_METHOD } from './quotes.ts'
