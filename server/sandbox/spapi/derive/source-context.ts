import { isObject } from './clean-schema.ts';
import type { JsonObject, JsonSchema, JsonValue } from './derived-model.ts';

/** The model being derived, and whether it speaks OpenAPI 3 rather than Swagger 2.0. */
export interface SourceContext {
  source: JsonObject;
  isOpenApi3: boolean;
}

/** Follows a local `$ref` (`#/parameters/X`, `#/components/responses/X`) to its target. */
export function resolveReference(context: SourceContext, value: JsonValue): JsonObject {
  if (!isObject(value) || typeof value.$ref !== 'string') {
    return isObject(value) ? value : {};
  }

  let target: JsonValue | undefined = context.source;

  for (const segment of value.$ref.replace(/^#\//, '').split('/')) {
    target = isObject(target) ? target[segment] : undefined;
  }

  return isObject(target) ? target : {};
}

/** The schema of the JSON media type in an OpenAPI 3 `content` map. */
export function jsonContentSchema(content: JsonValue | undefined): JsonValue | undefined {
  if (!isObject(content)) {
    return undefined;
  }

  const media = Object.entries(content).find(([type]) => type.includes('json'))?.[1];
  return isObject(media) ? media.schema : undefined;
}

export function asSchema(value: JsonValue): JsonSchema {
  return isObject(value) ? value : {};
}
