/**
 * The subset of JSON Schema the backend sends as `response_format` and checks answers against:
 * strict structured output allows little more, and one schema object serves both ends.
 */
export interface JsonSchema {
  readonly type: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean'
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: readonly string[]
  readonly additionalProperties?: false
  readonly items?: JsonSchema
  readonly enum?: readonly (string | number | boolean)[]
  readonly minimum?: number
  readonly maximum?: number
  readonly maxItems?: number
  readonly description?: string
}

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v

const fits = (type: JsonSchema['type'], v: unknown): boolean => {
  const t = typeOf(v)
  if (type === 'number') return (t === 'number' || t === 'integer') && Number.isFinite(v)
  return t === type
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, path: string, out: string[]) {
  const props = schema.properties ?? {}
  for (const key of schema.required ?? [])
    if (!(key in value)) out.push(`${path}: expected a property "${key}", found none`)
  for (const [key, v] of Object.entries(value)) {
    const sub = props[key]
    if (sub) checkValue(sub, v, `${path}.${key}`, out)
    else if (schema.additionalProperties === false) out.push(`${path}: unexpected property "${key}"`)
  }
}

function checkValue(schema: JsonSchema, value: unknown, path: string, out: string[]): void {
  if (!fits(schema.type, value)) {
    out.push(`${path}: expected ${schema.type}, found ${typeOf(value)} ${JSON.stringify(value)}`)
    return
  }
  if (schema.enum && !schema.enum.includes(value as string))
    out.push(`${path}: expected one of ${schema.enum.join(', ')}, found ${JSON.stringify(value)}`)
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      out.push(`${path}: expected at least ${schema.minimum}, found ${value}`)
    if (schema.maximum !== undefined && value > schema.maximum)
      out.push(`${path}: expected at most ${schema.maximum}, found ${value}`)
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      out.push(`${path}: expected at most ${schema.maxItems} items, found ${value.length}`)
    const items = schema.items
    if (items)
      value.forEach((v, i) => {
        checkValue(items, v, `${path}[${i}]`, out)
      })
  }
  if (schema.type === 'object') checkObject(schema, value as Record<string, unknown>, path, out)
}

/**
 * Checks a value against a schema of the supported subset; returns the problems, each with its
 * JSON path, or an empty list when the value conforms.
 * @example schemaErrors({ type: 'number', maximum: 1 }, 1.5) // ['$: expected at most 1, found 1.5']
 */
export function schemaErrors(schema: JsonSchema, value: unknown): string[] {
  const out: string[] = []
  checkValue(schema, value, '$', out)
  return out
}
