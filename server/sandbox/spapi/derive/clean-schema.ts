import type { JsonObject, JsonSchema, JsonValue } from './derived-model.ts';

// Annotations carry Amazon's prose; none of them changes what validates.
const ANNOTATION_KEYS = new Set([
  'description',
  'title',
  'summary',
  'example',
  'examples',
  'externalDocs',
  '$comment',
]);

const SCHEMA_MAP_KEYS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SCHEMA_LIST_KEYS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_KEYS = new Set([
  'additionalProperties',
  'additionalItems',
  'items',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
]);

export interface CleanSchemaOptions {
  /** OpenAPI 3 spells references `#/components/schemas/X` and nullability `nullable: true`. */
  isOpenApi3: boolean;
}

/**
 * Copies a schema without prose and vendor extensions, walking only the keywords that hold
 * subschemas: a property that happens to be called `title` or `description` is data, not an
 * annotation, and must survive.
 */
export function cleanSchema(schema: JsonValue, options: CleanSchemaOptions): JsonValue {
  if (!isObject(schema)) {
    return Array.isArray(schema) ? schema.map((item) => cleanSchema(item, options)) : schema;
  }

  const cleaned: JsonObject = {};

  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATION_KEYS.has(key) || key.startsWith('x-')) {
      continue;
    }

    cleaned[key] = cleanKeyword(key, value, options);
  }

  return options.isOpenApi3 ? convertOpenApi3Keywords(cleaned) : convertDraft4Keywords(cleaned);
}

function cleanKeyword(key: string, value: JsonValue, options: CleanSchemaOptions): JsonValue {
  if (key === '$ref' && typeof value === 'string') {
    return value.replace('#/components/schemas/', '#/definitions/');
  }

  if (SCHEMA_MAP_KEYS.has(key) && isObject(value)) {
    return mapValues(value, (subschema) => cleanSchema(subschema, options));
  }

  if (key === 'dependencies' && isObject(value)) {
    return mapValues(value, (entry) => (isObject(entry) ? cleanSchema(entry, options) : entry));
  }

  if (SCHEMA_LIST_KEYS.has(key) || SCHEMA_KEYS.has(key)) {
    return cleanSchema(value, options);
  }

  return value;
}

function convertOpenApi3Keywords(schema: JsonObject): JsonSchema {
  if (schema.nullable !== true) {
    return schema;
  }

  const { nullable: _dropped, ...rest } = schema;
  const type = rest.type;

  return typeof type === 'string' ? { ...rest, type: [type, 'null'] } : rest;
}

// Swagger 2.0 inherits draft-04, where `exclusiveMaximum: true` qualifies `maximum`.
function convertDraft4Keywords(schema: JsonObject): JsonSchema {
  const converted = { ...schema };

  for (const [flag, bound] of [
    ['exclusiveMaximum', 'maximum'],
    ['exclusiveMinimum', 'minimum'],
  ] as const) {
    if (typeof converted[flag] === 'boolean') {
      const limit = converted[bound];
      delete converted[flag];

      if (schema[flag] === true && typeof limit === 'number') {
        converted[flag] = limit;
        delete converted[bound];
      }
    }
  }

  return converted;
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapValues(object: JsonObject, map: (value: JsonValue) => JsonValue): JsonObject {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));
}
