/**
 * The OpenAPI 3.1 document for the JSON API, served at /api/openapi.json.
 * @module
 */
import { MAX_LIMIT, QUOTE_KINDS, STANCE_LABELS } from './query.ts'

type Schema = Readonly<Record<string, unknown>>

const param = (name: string, schema: Schema, description: string, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
})

const day = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
const nullable = (type: string) => ({ type: [type, 'null'] })

const problems = {
  '400': { $ref: '#/components/responses/Problem' },
  '401': { $ref: '#/components/responses/Problem' },
  '500': { $ref: '#/components/responses/Problem' },
}

const ok = (description: string, schema: Schema) => ({
  '200': { description, content: { 'application/json': { schema } } },
  ...problems,
})

const quoteRow = {
  type: 'object',
  required: ['articleId', 'quoteId', 'start', 'end', 'text', 'kind', 'statement'],
  properties: {
    articleId: { type: 'string' },
    outlet: nullable('string'),
    published: nullable('string'),
    title: nullable('string'),
    quoteId: { type: 'string' },
    start: { type: 'integer', description: 'UTF-16 code units into the article text' },
    end: { type: 'integer' },
    text: { type: 'string' },
    kind: { enum: QUOTE_KINDS },
    speaker: nullable('string'),
    role: nullable('string'),
    actorId: nullable('string'),
    cue: nullable('string'),
    date: nullable('string'),
    statement: { type: 'string' },
  },
}

const components = {
  schemas: {
    Problem: {
      type: 'object',
      required: ['type', 'title', 'status', 'detail'],
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
      },
    },
    QuoteRow: quoteRow,
  },
  responses: {
    Problem: {
      description: 'Problem details (RFC 9457)',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    },
  },
  securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
}

const quotesPath = {
  get: {
    summary: 'Stored quotations, filtered and paged',
    parameters: [
      param('actor', { type: 'string' }, "An actor's name, alias, surname or id"),
      param('outlet', { type: 'string' }, 'An outlet name, case-insensitive'),
      param('since', day, 'Articles published on or after this day'),
      param('until', day, 'Articles published on or before this day'),
      param('kind', { enum: QUOTE_KINDS }, 'Quotation kind'),
      param('topic', { type: 'string' }, 'Quotes with a stance toward this topic id'),
      param('stance', { enum: STANCE_LABELS }, 'Quotes with this stance label'),
      param('limit', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 }, 'Page size'),
      param('offset', { type: 'integer', minimum: 0, default: 0 }, 'Rows to skip'),
    ],
    responses: ok('A page of quotations; `next` is the offset of the next page, or null', {
      type: 'object',
      required: ['items', 'limit', 'offset', 'next'],
      properties: {
        items: { type: 'array', items: { $ref: '#/components/schemas/QuoteRow' } },
        limit: { type: 'integer' },
        offset: { type: 'integer' },
        next: nullable('integer'),
      },
    }),
  },
}

/**
 * The OpenAPI 3.1 document describing every /api route.
 * @example buildOpenApi().openapi // '3.1.0'
 */
export function buildOpenApi(): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Subtext API',
      version: '0.1.0',
      description: 'Who said what, about whom, with what stance.',
    },
    security: [{}, { bearer: [] }],
    paths: {
      '/api/stats': {
        get: { summary: 'Counts over the store', responses: ok('Store counts', { type: 'object' }) },
      },
      '/api/quotes': quotesPath,
      '/api/search': {
        get: {
          summary: 'Full-text search over quotations and articles',
          parameters: [
            param('q', { type: 'string', minLength: 1 }, 'Words to search for', true),
            param('limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Most hits'),
          ],
          responses: ok('Hits, best first; matched words between the `highlight` marks', { type: 'object' }),
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One stored article with its regions, actors, quotations and stances',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            ...ok('The article', { type: 'object' }),
            '404': { $ref: '#/components/responses/Problem' },
          },
        },
      },
      '/api/positions': {
        get: {
          summary: "Actors' stances on a topic over time, shifts, contradictions and divergence",
          parameters: [
            param('topic', { type: 'string' }, 'Topic id', true),
            param('by', { enum: ['day', 'week', 'month'], default: 'day' }, 'Period length'),
            param('actor', { type: 'string' }, 'Only this actor'),
          ],
          responses: ok('Positions', { type: 'object' }),
        },
      },
      '/api/openapi.json': {
        get: { summary: 'This document', responses: ok('OpenAPI 3.1', { type: 'object' }) },
      },
    },
    components,
  }
}
