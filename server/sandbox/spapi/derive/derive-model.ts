import { cleanSchema, isObject } from './clean-schema.ts';
import { deriveResponses, deriveSandboxCases } from './derive-responses.ts';
import type {
  ArrayStyle,
  DerivedModel,
  DerivedOperation,
  DerivedParameter,
  HttpMethod,
  JsonObject,
  JsonSchema,
  JsonValue,
} from './derived-model.ts';
import {
  asSchema,
  jsonContentSchema,
  resolveReference,
  type SourceContext,
} from './source-context.ts';
import { parseUsagePlan } from './usage-plan.ts';

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

// Keywords a Swagger 2.0 non-body parameter carries inline instead of under `schema`.
const INLINE_SCHEMA_KEYS = [
  'type',
  'format',
  'items',
  'enum',
  'default',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'multipleOf',
];

/** `orders_2026-01-01.json` → `orders-2026-01-01`, `fbaInventory.json` → `fba-inventory`. */
export function apiNameOf(fileName: string): string {
  return fileName
    .replace(/\.json$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}

export function deriveModel(fileName: string, source: JsonObject): DerivedModel {
  const isOpenApi3 = typeof source.openapi === 'string';
  const context: SourceContext = { source, isOpenApi3 };
  const info = isObject(source.info) ? source.info : {};
  const components = isObject(source.components) ? source.components : {};
  const definitions = isOpenApi3 ? components.schemas : source.definitions;

  return {
    api: apiNameOf(fileName),
    source: fileName,
    sourceFormat: isOpenApi3 ? 'openapi-3' : 'swagger-2.0',
    version: String(info.version ?? ''),
    operations: deriveOperations(context),
    definitions: isObject(definitions) ? cleanDefinitions(definitions, isOpenApi3) : {},
  };
}

function cleanDefinitions(
  definitions: JsonObject,
  isOpenApi3: boolean,
): Record<string, JsonSchema> {
  const cleaned: Record<string, JsonSchema> = {};

  for (const [name, schema] of Object.entries(definitions)) {
    cleaned[name] = asSchema(cleanSchema(schema, { isOpenApi3 }));
  }

  return cleaned;
}

function deriveOperations(context: SourceContext): DerivedOperation[] {
  const paths = isObject(context.source.paths) ? context.source.paths : {};
  const operations: DerivedOperation[] = [];

  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) {
      continue;
    }

    for (const method of METHODS) {
      const operation = pathItem[method.toLowerCase()];

      if (isObject(operation)) {
        operations.push(deriveOperation(context, method, path, pathItem, operation));
      }
    }
  }

  return operations;
}

function deriveOperation(
  context: SourceContext,
  method: HttpMethod,
  path: string,
  pathItem: JsonObject,
  operation: JsonObject,
): DerivedOperation {
  const rawParameters = mergeParameters(context, pathItem.parameters, operation.parameters);
  const bodyParameter = rawParameters.find((parameter) => parameter.in === 'body');
  const requestBody = context.isOpenApi3
    ? deriveOpenApi3Body(context, operation.requestBody)
    : deriveSwaggerBody(bodyParameter);

  return {
    operationId: String(operation.operationId),
    method,
    path,
    deprecated: operation.deprecated === true,
    'x-kayistra-usage-plan': parseUsagePlan(textOf(operation.description)),
    parameters: rawParameters
      .filter((parameter) => ['path', 'query', 'header'].includes(String(parameter.in)))
      .map((parameter) => deriveParameter(context, parameter)),
    ...(requestBody ? { requestBody } : {}),
    responses: deriveResponses(context, operation.responses),
    'x-amzn-api-sandbox': deriveSandboxCases(context, operation.responses),
  };
}

// Operation-level parameters override path-level ones with the same name and location.
function mergeParameters(
  context: SourceContext,
  pathLevel: JsonValue | undefined,
  operationLevel: JsonValue | undefined,
): JsonObject[] {
  const merged = new Map<string, JsonObject>();

  for (const list of [pathLevel, operationLevel]) {
    for (const entry of Array.isArray(list) ? list : []) {
      const parameter = resolveReference(context, entry);
      merged.set(`${parameter.in}:${parameter.name}`, parameter);
    }
  }

  return [...merged.values()];
}

function deriveParameter(context: SourceContext, parameter: JsonObject): DerivedParameter {
  const rawSchema = context.isOpenApi3 ? parameter.schema : pickInlineSchema(parameter);
  const schema = asSchema(cleanSchema(rawSchema ?? {}, { isOpenApi3: context.isOpenApi3 }));
  const arrayStyle = schema.type === 'array' ? arrayStyleOf(context, parameter) : undefined;

  return {
    name: String(parameter.name),
    in: parameter.in === 'path' ? 'path' : parameter.in === 'header' ? 'header' : 'query',
    required: parameter.required === true,
    ...(arrayStyle ? { arrayStyle } : {}),
    schema,
  };
}

function pickInlineSchema(parameter: JsonObject): JsonObject {
  const schema: JsonObject = {};

  for (const key of INLINE_SCHEMA_KEYS) {
    const value = parameter[key];

    if (value !== undefined) {
      schema[key] = value;
    }
  }

  return schema;
}

function arrayStyleOf(context: SourceContext, parameter: JsonObject): ArrayStyle {
  if (context.isOpenApi3) {
    const explode = parameter.explode ?? (parameter.style ?? 'form') === 'form';
    return explode === true ? 'multi' : parameter.style === 'pipeDelimited' ? 'pipes' : 'csv';
  }

  const format = parameter.collectionFormat;
  return format === 'multi' || format === 'ssv' || format === 'tsv' || format === 'pipes'
    ? format
    : 'csv';
}

function deriveSwaggerBody(parameter: JsonObject | undefined): DerivedOperation['requestBody'] {
  if (!parameter) {
    return undefined;
  }

  return {
    required: parameter.required === true,
    schema: asSchema(cleanSchema(parameter.schema ?? {}, { isOpenApi3: false })),
  };
}

function deriveOpenApi3Body(
  context: SourceContext,
  requestBody: JsonValue | undefined,
): DerivedOperation['requestBody'] {
  if (requestBody === undefined) {
    return undefined;
  }

  const body = resolveReference(context, requestBody);
  const schema = jsonContentSchema(body.content);

  return {
    required: body.required === true,
    schema: asSchema(cleanSchema(schema ?? {}, { isOpenApi3: true })),
  };
}

function textOf(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
