/**
 * The ingest adapter: paths, stdin and JSONL records in, RawArticle values (or coded failures) out.
 * @module
 */
export {
  type DecodedText,
  type DecodeResult,
  decodeBytes,
  decodeText,
  type TextEncodingName,
} from './decode.ts'
export { type HtmlArticle, type HtmlReadOptions, type HtmlReadResult, readHtml } from './html-reader.ts'
export { type JsonlLocation, readJsonlFile, readJsonlRecord } from './jsonl-reader.ts'
export { normalisePublished } from './published-date.ts'
export {
  DEFAULT_MAX_BYTES,
  formatOf,
  type InputLocation,
  type InputResult,
  type ReadIo,
  type ReadOptions,
  readInputs,
} from './read-inputs.ts'
