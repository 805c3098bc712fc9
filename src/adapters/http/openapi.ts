/**
 * The OpenAPI 3.1 document for the JSON API, served at /api/openapi.json.
 * @module
 */
import { MAX_ACTOR_QUOTES } from '../corpus/actor-report.ts'
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

const roleOverTime = {
  type: 'object',
  required: ['title', 'kind', 'first', 'last', 'articles'],
  properties: {
    title: { type: 'string', description: 'The role as the articles state it' },
    kind: { enum: ['official', 'spokesperson', 'expert', 'witness', 'other'] },
    first: { ...nullable('string'), description: 'First article date it was seen' },
    last: { ...nullable('string'), description: 'Last article date it was seen' },
    articles: { type: 'integer' },
  },
}

const actorSummary = {
  type: 'object',
  required: ['id', 'name', 'kind', 'aliases', 'roles', 'labels', 'articles', 'statements', 'first', 'last'],
  properties: {
    id: { type: 'string', description: 'Stable while the stored articles and the registry stay the same' },
    name: { type: 'string' },
    kind: { enum: ['person', 'org'] },
    aliases: { type: 'array', items: { type: 'string' } },
    roles: { type: 'array', items: roleOverTime },
    labels: {
      type: 'object',
      description: 'From the registry only',
      properties: { country: { type: 'string' }, affiliation: { type: 'string' }, camp: { type: 'string' } },
    },
    articles: { type: 'integer', description: 'Articles that mention the actor' },
    statements: { type: 'integer', description: 'Statements attributed to the actor' },
    first: nullable('string'),
    last: nullable('string'),
  },
}

const STANCE = { enum: STANCE_LABELS }

const actorReport = {
  allOf: [
    { $ref: '#/components/schemas/ActorSummary' },
    {
      type: 'object',
      required: ['members', 'evidence', 'quotations', 'stances', 'stancesComplete', 'quotes'],
      properties: {
        members: {
          type: 'array',
          description: "The articles' actors gathered into this one: the newest 200, oldest first",
          items: {
            type: 'object',
            properties: {
              article: { type: 'string' },
              actor: { type: 'string' },
              published: nullable('string'),
            },
          },
        },
        evidence: {
          type: 'array',
          description: "Why the articles' actors were taken to be this one: one entry per name and reason",
          items: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              article: { type: 'string', description: 'The first article that gave this reason' },
              articles: { type: 'integer', description: 'How many articles gave it' },
              reason: { enum: ['registry', 'same-name', 'name-variant', 'surname-and-role', 'surname'] },
              confidence: { type: 'number' },
            },
          },
        },
        quotations: { type: 'integer', description: 'Quotation rows; a split statement has several' },
        stances: {
          type: 'array',
          items: {
            type: 'object',
            properties: { topic: { type: 'string' }, label: STANCE, statements: { type: 'integer' } },
          },
        },
        stancesComplete: { type: 'boolean', description: 'False when read from the newest articles only' },
        quotes: {
          type: 'array',
          description: 'Newest first (when said, else by article), at most `limit`',
          items: {
            allOf: [
              { $ref: '#/components/schemas/QuoteRow' },
              {
                type: 'object',
                properties: {
                  stances: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        topic: { type: 'string' },
                        label: STANCE,
                        confidence: { type: 'number' },
                      },
                    },
                  },
                },
              },
            ],
          },
        },
      },
    },
  ],
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
    ActorSummary: actorSummary,
    ActorReport: actorReport,
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

const actorsPath = {
  get: {
    summary: 'People and institutions across articles, one identity each, most quoted first',
    parameters: [
      param('name', { type: 'string', minLength: 1 }, 'Only the actors this name, alias, surname or id fits'),
      param('limit', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 }, 'Page size'),
      param('offset', { type: 'integer', minimum: 0, default: 0 }, 'Actors to skip'),
    ],
    responses: ok('A page of actors; `next` is the offset of the next page, or null', {
      type: 'object',
      required: ['items', 'limit', 'offset', 'next', 'total'],
      properties: {
        items: { type: 'array', items: { $ref: '#/components/schemas/ActorSummary' } },
        limit: { type: 'integer' },
        offset: { type: 'integer' },
        next: nullable('integer'),
        total: { type: 'integer' },
      },
    }),
  },
}

const actorPath = {
  get: {
    summary: 'One actor: aliases, labels, roles with dates, merges, stances and newest statements',
    parameters: [
      { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'From /api/actors' },
      param(
        'limit',
        { type: 'integer', minimum: 0, maximum: MAX_ACTOR_QUOTES, default: 100 },
        'Most statements listed',
      ),
    ],
    responses: {
      ...ok('The actor', { $ref: '#/components/schemas/ActorReport' }),
      '404': { $ref: '#/components/responses/Problem' },
    },
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
      '/api/compare': {
        get: {
          summary:
            'How outlets frame a topic or a story: voices, attribution verbs, loaded terms, stance, with sentences',
          parameters: [
            param('outlets', { type: 'string' }, 'Two or more outlet names, comma-separated', true),
            param('topic', { type: 'string' }, 'Articles with a statement on this topic'),
            param('story', { type: 'string' }, 'A story id (subtext stories)'),
            param('since', { type: 'string', format: 'date' }, 'Articles published on or after this day'),
            param('until', { type: 'string', format: 'date' }, 'Articles published on or before this day'),
          ],
          responses: ok(
            'Per-outlet profiles, the differences between them with their sentences, a timeline',
            {
              type: 'object',
            },
          ),
        },
      },
      '/api/positions': {
        get: {
          summary: "Actors' stances on a topic over time, shifts, contradictions and divergence",
          parameters: [
            param('topic', { type: 'string' }, 'Topic id', true),
            param('by', { enum: ['day', 'week', 'month'], default: 'day' }, 'Period length'),
            param('actor', { type: 'string' }, 'Only this actor'),
            param('limit', { type: 'integer', minimum: 1, default: 50 }, 'Actors, most statements first'),
            param('offset', { type: 'integer', minimum: 0, default: 0 }, 'Actors to skip'),
            param(
              'statements',
              { type: 'integer', minimum: 0, maximum: 100 },
              "Statements of the period's label kept per period, most confident first (each period has its full count); default 0, or 3 with 'actor'",
            ),
            param('since', { type: 'string', format: 'date' }, 'Periods from this day'),
            param(
              'until',
              { type: 'string', format: 'date' },
              'Periods up to this day. With neither, by day shows the last 90 days and by week the last 182, up to the end of the newest month the actors were quoted in; by month shows all',
            ),
            param(
              'events',
              { type: 'integer', minimum: 0, maximum: 100, default: 20 },
              'Shifts and contradictions given, newest first, each with its statements',
            ),
          ],
          responses: ok(
            "Positions of a page of actors (most statements first): periods with their label and count, shifts between periods and contradictions (at day resolution) among these actors, the topic's outlets, and totals",
            { type: 'object' },
          ),
        },
      },
      '/api/actors': actorsPath,
      '/api/actors/{id}': actorPath,
      '/api/openapi.json': {
        get: { summary: 'This document', responses: ok('OpenAPI 3.1', { type: 'object' }) },
      },
    },
    components,
  }
}
