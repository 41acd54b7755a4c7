import { cleanSchema, isObject } from './clean-schema.ts';
import type { DerivedResponse, JsonObject, JsonValue, SandboxCase } from './derived-model.ts';
import {
  asSchema,
  jsonContentSchema,
  resolveReference,
  type SourceContext,
} from './source-context.ts';

/** Response schemas per status, and the header names each status declares. */
export function deriveResponses(
  context: SourceContext,
  responses: JsonValue | undefined,
): Record<string, DerivedResponse> {
  const derived: Record<string, DerivedResponse> = {};

  for (const [status, entry] of Object.entries(isObject(responses) ? responses : {})) {
    const response = resolveReference(context, entry);
    const schema = context.isOpenApi3 ? jsonContentSchema(response.content) : response.schema;
    const headers = isObject(response.headers) ? Object.keys(response.headers) : [];
    const isOpenApi3 = context.isOpenApi3;

    derived[status] = schema
      ? { schema: asSchema(cleanSchema(schema, { isOpenApi3 })), headers }
      : { headers };
  }

  return derived;
}

export function deriveSandboxCases(
  context: SourceContext,
  responses: JsonValue | undefined,
): SandboxCase[] {
  const cases: SandboxCase[] = [];

  for (const [status, entry] of Object.entries(isObject(responses) ? responses : {})) {
    const sandbox = resolveReference(context, entry)['x-amzn-api-sandbox'];
    const staticCases = isObject(sandbox) && Array.isArray(sandbox.static) ? sandbox.static : [];

    for (const staticCase of staticCases) {
      if (isObject(staticCase)) {
        cases.push(deriveSandboxCase(status, staticCase));
      }
    }
  }

  return cases;
}

// A parameter listed without a `value` constrains nothing, so it is left out of the match.
function deriveSandboxCase(status: string, staticCase: JsonObject): SandboxCase {
  const request = isObject(staticCase.request) ? staticCase.request : {};
  const listed = isObject(request.parameters) ? request.parameters : {};
  const parameters: Record<string, JsonValue> = {};

  for (const [name, entry] of Object.entries(listed)) {
    if (isObject(entry) && entry.value !== undefined) {
      parameters[name] = entry.value;
    }
  }

  return { status, parameters, response: staticCase.response ?? null };
}
